// ISocketWaker: how the stack tells the scheduler a socket changed (readable, writable,
// connected, closed, acceptable; bits from Tcp.SocketEvents). The kernel wakes tasks blocked on
// that handle; a task that got WouldBlock sleeps until then instead of polling.
namespace RalphOS.Net.Iface;

public interface ISocketWaker
{
    void Wake(SocketKind kind, int handle, int events);
}
