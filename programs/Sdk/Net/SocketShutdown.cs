// System.Net.Sockets.SocketShutdown: which direction Socket.Shutdown closes, as .NET's.
// Ralph OS can close the sending direction (FIN); Receive and Both also stop sending.
namespace System.Net.Sockets;

public enum SocketShutdown
{
    Receive = 0,
    Send = 1,
    Both = 2,
}
