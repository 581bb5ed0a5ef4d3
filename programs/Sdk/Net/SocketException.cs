// System.Net.Sockets.SocketException: a socket call failed, as .NET's: ErrorCode and
// SocketErrorCode name the error (SocketError), Message says it in the words .NET uses on
// Linux. Socket, TcpClient, TcpListener and Dns throw it; NetworkStream wraps it in an
// IOException.
namespace System.Net.Sockets;

public class SocketException : SystemException
{
    public SocketException() : this((int)SocketError.SocketError) { }

    public SocketException(int errorCode) : base(Describe((SocketError)errorCode))
    {
        ErrorCode = errorCode;
    }

    public SocketException(int errorCode, string message) : base(message)
    {
        ErrorCode = errorCode;
    }

    public int ErrorCode { get; }

    public int NativeErrorCode => ErrorCode;

    public SocketError SocketErrorCode => (SocketError)ErrorCode;

    private static string Describe(SocketError error) => error switch
    {
        SocketError.Success => "Success",
        SocketError.OperationAborted => "Operation canceled",
        SocketError.Interrupted => "Interrupted system call",
        SocketError.InvalidArgument => "Invalid argument",
        SocketError.TooManyOpenSockets => "Too many open files",
        SocketError.WouldBlock => "Resource temporarily unavailable",
        SocketError.NotSocket => "Socket operation on non-socket",
        SocketError.MessageSize => "Message too long",
        SocketError.AddressAlreadyInUse => "Address already in use",
        SocketError.NetworkDown => "Network is down",
        SocketError.ConnectionAborted => "Software caused connection abort",
        SocketError.ConnectionReset => "Connection reset by peer",
        SocketError.IsConnected => "Transport endpoint is already connected",
        SocketError.NotConnected => "Transport endpoint is not connected",
        SocketError.Shutdown => "Broken pipe",
        SocketError.TimedOut => "Connection timed out",
        SocketError.ConnectionRefused => "Connection refused",
        SocketError.HostNotFound => "Name or service not known",
        _ => "Unknown socket error",
    };
}
