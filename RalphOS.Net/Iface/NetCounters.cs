// NetCounters: what the interface received, sent and dropped, by layer and reason. Every
// frame that is not delivered increments exactly one drop counter, so the tests (and a
// kernel "netstat" command) can tell why. Plain fields: NetStack is single-threaded.
namespace RalphOS.Net.Iface;

public sealed class NetCounters
{
    public long FramesReceived;
    public long FramesSent;
    public long TransmitFailures;

    public long EthernetMalformed;
    public long EthernetNotForUs;
    public long EthernetUnknownType;

    public long ArpMalformed;
    public long ArpRequestsSent;
    public long ArpRepliesSent;

    public long Ipv4Malformed;
    public long Ipv4BadChecksum;
    public long Ipv4NotForUs;
    public long Ipv4TtlExpired;
    public long Ipv4UnknownProtocol;
    public long FragmentsReceived;
    public long FragmentsDropped;
    public long DatagramsReassembled;

    public long IcmpMalformed;
    public long IcmpEchoRequests;
    public long IcmpEchoReplies;

    public long UdpMalformed;
    public long UdpNoSocket;

    public long TcpMalformed;
    public long TcpSegmentsReceived;
    public long TcpSegmentsSent;

    /// <summary>Sum of every drop counter (a frame is counted in at most one).</summary>
    public long TotalDropped =>
        EthernetMalformed + EthernetNotForUs + EthernetUnknownType + ArpMalformed
        + Ipv4Malformed + Ipv4BadChecksum + Ipv4NotForUs + Ipv4TtlExpired + Ipv4UnknownProtocol
        + FragmentsDropped + IcmpMalformed + UdpMalformed + UdpNoSocket + TcpMalformed;
}
