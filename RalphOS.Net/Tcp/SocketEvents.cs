// SocketEvents: readiness bits a socket raises for the scheduler (ISocketWaker). A task
// blocked on a socket is woken when any bit it waits for is raised.
namespace RalphOS.Net.Tcp;

public static class SocketEvents
{
    public const int None = 0;
    /// <summary>Data (or end of stream, or an error) can be received.</summary>
    public const int Readable = 1;
    /// <summary>Send buffer space became free.</summary>
    public const int Writable = 2;
    /// <summary>An active open completed.</summary>
    public const int Connected = 4;
    /// <summary>The connection reached Closed (normally or by error).</summary>
    public const int Closed = 8;
    /// <summary>A listener has a connection ready for Accept.</summary>
    public const int Acceptable = 16;
}
