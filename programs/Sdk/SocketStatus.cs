// SocketStatus: what the kernel API's Sockets.Status (KernelSocketCalls) tells about one
// socket: its TCP state, why it closed, bytes waiting, readiness and both endpoints.
// Shared by the kernel and the program SDK (Socket.Connected, Available, the end points).
namespace RalphOS.Programs.Abi;

public struct SocketStatus
{
    // The seed's numbers: 0 Closed, 1 Listen, 2 SynSent, 3 SynReceived, 4 Established,
    // 5 FinWait1, 6 FinWait2, 7 CloseWait, 8 Closing, 9 LastAck, 10 TimeWait.
    public int State;
    // Why a closed connection ended: 0, or KernelSocketCalls.Refused, Reset, TimedOut.
    public int Error;
    public int BytesAvailable;
    public int Readiness;
    // Addresses as Connect takes them (first octet in the low byte).
    public uint LocalAddress;
    public int LocalPort;
    public uint RemoteAddress;
    public int RemotePort;
}
