// FrameBuilder: builds test frames from the wire Reprs (Ethernet + IPv4 + raw payload), and
// a stack that accepts a given captured frame as addressed to itself.
using System;
using RalphOS.Net.Iface;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Tests.Support;

public static class FrameBuilder
{
    public static byte[] Ipv4(MacAddress to, Ipv4Address source, Ipv4Address destination, byte protocol,
        ushort id, int fragmentOffset, bool moreFragments, ReadOnlySpan<byte> payload)
    {
        byte[] frame = new byte[Math.Max(60, 34 + payload.Length)];
        new EthernetRepr { Destination = to, Source = new MacAddress(0x020000000099UL), EtherType = EthernetRepr.EtherTypeIpv4 }.Emit(frame);
        payload.CopyTo(frame.AsSpan(34));
        new Ipv4Repr
        {
            TotalLength = (ushort)(20 + payload.Length), HeaderLength = 20, Identification = id, Ttl = 64,
            Protocol = protocol, Source = source, Destination = destination,
            FragmentOffset = fragmentOffset, MoreFragments = moreFragments,
        }.Emit(frame.AsSpan(14));
        return frame;
    }

    /// <summary>A stack configured with the destination MAC and IPv4 address of frame.</summary>
    public static NetStack StackFor(byte[] frame, out FakeClock clock)
    {
        clock = new FakeClock { NowMs = 1000 };
        var link = new SimLink(clock, 1);
        EthernetRepr.Parse(frame, out EthernetRepr eth);
        Ipv4Address address = new Ipv4Address(10, 99, 0, 2);
        if (eth.EtherType == EthernetRepr.EtherTypeIpv4) address = Ipv4Address.Read(frame.AsSpan(14 + Ipv4Repr.OffsetDestination));
        else if (ArpRepr.Parse(frame.AsSpan(14), out ArpRepr arp) == WireResult.Ok) address = arp.TargetIp;
        MacAddress mac = eth.Destination.IsBroadcast ? new MacAddress(0x020000000042UL) : eth.Destination;
        var stack = new NetStack(new SimDevice(link, 0, mac), clock, 5);
        stack.Configure(TwoHosts.Config(address));
        return stack;
    }

    /// <summary>Recomputes the TCP checksum of the segment inside an Ethernet/IPv4 frame.</summary>
    public static void FixTcpChecksum(byte[] frame)
    {
        Ipv4Repr.Parse(frame.AsSpan(14), out Ipv4Repr ip);
        Span<byte> seg = frame.AsSpan(14 + ip.HeaderLength, ip.PayloadLength);
        seg[TcpRepr.OffsetChecksum] = 0; seg[TcpRepr.OffsetChecksum + 1] = 0;
        ulong pseudo = InternetChecksum.PseudoHeader(ip.Source, ip.Destination, Ipv4Repr.ProtocolTcp, seg.Length);
        ushort sum = InternetChecksum.Fold(InternetChecksum.Accumulate(pseudo, seg));
        seg[TcpRepr.OffsetChecksum] = (byte)(sum >> 8); seg[TcpRepr.OffsetChecksum + 1] = (byte)sum;
    }
}
