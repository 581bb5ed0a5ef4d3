// TcpError: why a connection ended abnormally (TcpSocket.Error). None for a normal close.
namespace RalphOS.Net.Tcp;

public enum TcpError
{
    None = 0,
    /// <summary>The peer answered our SYN with RST (nothing listening).</summary>
    Refused,
    /// <summary>The peer reset an established connection.</summary>
    Reset,
    /// <summary>Retransmissions exhausted (RFC 9293 3.8.3 R2).</summary>
    TimedOut,
    /// <summary>The local application aborted the connection.</summary>
    Aborted,
}
