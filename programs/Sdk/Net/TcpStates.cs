// TcpStates: the kernel's TCP state numbers (SocketStatus.State; the seed's SOCKSTATE
// values), for the SDK's Socket.
namespace RalphOS.Programs.Net;

internal static class TcpStates
{
    public const int Closed = 0;
    public const int Listen = 1;
    public const int SynSent = 2;
    public const int SynReceived = 3;
    public const int Established = 4;
    public const int CloseWait = 7;
    public const int TimeWait = 10;
}
