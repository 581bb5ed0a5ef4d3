// TestFrames: Ethernet frames the TAP boot tests put on the link with RawFrameSocket, built
// with RalphOS.Net's wire encoders (valid headers and checksums): TCP segments from any
// address. The fuzz test mangles frames like these on purpose.
using System;
using RalphOS.Net.Wire;

namespace RalphOS.Kernel.Tests;

internal static class TestFrames
{
    /// <summary>The guest NIC's hardware address the TAP tests give QEMU (ne2k_isa mac=...).</summary>
    public const string GuestMacText = "52:54:00:12:34:56";
    public static readonly MacAddress GuestMac = new MacAddress(0x525400123456UL);
    public static readonly byte[] GuestMacBytes = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };
    public static readonly Ipv4Address GuestIp = new Ipv4Address(10, 0, 2, 15);
    /// <summary>The made-up hardware address frames come from (locally administered).</summary>
    public static readonly MacAddress SenderMac = new MacAddress(0x02005241_4C50UL);

    /// <summary>A TCP segment (no payload) from source to the guest, as a whole frame.</summary>
    public static byte[] Tcp(Ipv4Address source, ushort sourcePort, ushort destinationPort, byte flags, uint seq, uint ack, ushort mss = 0)
    {
        var tcp = new TcpRepr
        {
            SourcePort = sourcePort, DestinationPort = destinationPort, Sequence = seq, Acknowledgment = ack,
            Flags = flags, Window = 64240, MaxSegmentSize = mss,
        };
        int tcpLength = TcpRepr.MinHeaderLength + tcp.OptionsLength();
        byte[] frame = new byte[Math.Max(EthernetRepr.MinFrameLength, EthernetRepr.HeaderLength + Ipv4Repr.MinHeaderLength + tcpLength)];
        new EthernetRepr { Destination = GuestMac, Source = SenderMac, EtherType = EthernetRepr.EtherTypeIpv4 }.Emit(frame);
        tcp.Emit(frame.AsSpan(EthernetRepr.HeaderLength + Ipv4Repr.MinHeaderLength, tcpLength), source, GuestIp);
        new Ipv4Repr
        {
            TotalLength = (ushort)(Ipv4Repr.MinHeaderLength + tcpLength), HeaderLength = Ipv4Repr.MinHeaderLength,
            Ttl = 64, Protocol = Ipv4Repr.ProtocolTcp, Source = source, Destination = GuestIp, Identification = (ushort)seq,
        }.Emit(frame.AsSpan(EthernetRepr.HeaderLength));
        return frame;
    }
}
