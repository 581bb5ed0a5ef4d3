// SocketWaitEntry: one socket in a call to the kernel API's Sockets.Wait
// (KernelSocketCalls): the socket, the events to wait for (KernelSocketCalls.Readable...)
// and, filled by the kernel, those that hold. Shared by the kernel and the program SDK
// (System.Net.Sockets.Socket.Select and Poll).
namespace RalphOS.Programs.Abi;

public struct SocketWaitEntry
{
    public int Socket;
    public int Events;
    public int Ready;
}
