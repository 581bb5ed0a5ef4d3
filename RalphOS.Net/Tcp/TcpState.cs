// TcpState: the connection states of RFC 9293 section 3.3.2. The numeric values are the
// seed's SOCKSTATE numbers, which BASIC programs report, so they must not change.
namespace RalphOS.Net.Tcp;

public enum TcpState
{
    Closed = 0,
    Listen = 1,
    SynSent = 2,
    SynReceived = 3,
    Established = 4,
    FinWait1 = 5,
    FinWait2 = 6,
    CloseWait = 7,
    Closing = 8,
    LastAck = 9,
    TimeWait = 10,
}
