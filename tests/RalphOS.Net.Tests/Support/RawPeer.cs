// RawPeer: a hand-driven host on side 0 of a SimLink, facing one NetStack on side 1. Tests
// craft exact TCP segments with it (RST and SYN corner cases) and inspect every frame the
// stack sends back, already parsed.
using System;
using System.Collections.Generic;
using RalphOS.Net.Iface;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Tests.Support;

public sealed class RawPeer
{
    public static readonly Ipv4Address PeerIp = new Ipv4Address(10, 99, 0, 1);
    public static readonly Ipv4Address StackIp = new Ipv4Address(10, 99, 0, 2);

    public readonly FakeClock Clock = new FakeClock { NowMs = 1000 };
    public readonly SimLink Link;
    public readonly NetStack Stack;
    public readonly List<(TcpRepr Tcp, byte[] Payload)> Segments = new();
    public readonly List<byte[]> Frames = new();

    public RawPeer(int tcpCapacity = 80)
    {
        Link = new SimLink(Clock, 1) { DelayMs = 0 };
        Stack = new NetStack(Link.Ends[1], Clock, 99, tcpCapacity);
        Link.Receivers[1] = f => Stack.Receive(f);
        Link.Receivers[0] = OnFrame;
        Stack.Configure(TwoHosts.Config(StackIp));
        // Teach the stack our hardware address with an ARP request aimed at it.
        ArpRepr arp = new ArpRepr
        {
            Operation = ArpOperation.Request, SenderMac = Link.Ends[0].MacAddress, SenderIp = PeerIp,
            TargetMac = MacAddress.Zero, TargetIp = StackIp,
        };
        byte[] frame = new byte[60];
        new EthernetRepr { Destination = MacAddress.Broadcast, Source = Link.Ends[0].MacAddress, EtherType = EthernetRepr.EtherTypeArp }.Emit(frame);
        arp.Emit(frame.AsSpan(14));
        Link.Ends[0].Transmit(frame);
        Pump();
        Segments.Clear();
        Frames.Clear();
    }

    void OnFrame(byte[] frame)
    {
        Frames.Add(frame);
        if (EthernetRepr.Parse(frame, out EthernetRepr eth) != WireResult.Ok) return;
        if (eth.EtherType == EthernetRepr.EtherTypeArp) { AnswerArp(frame); return; }
        if (eth.EtherType != EthernetRepr.EtherTypeIpv4) return;
        if (Ipv4Repr.Parse(frame.AsSpan(14), out Ipv4Repr ip) != WireResult.Ok || ip.Protocol != Ipv4Repr.ProtocolTcp) return;
        ReadOnlySpan<byte> seg = frame.AsSpan(14 + ip.HeaderLength, ip.PayloadLength);
        if (TcpRepr.Parse(seg, ip.Source, ip.Destination, out TcpRepr tcp) == WireResult.Ok)
            Segments.Add((tcp, seg.Slice(tcp.HeaderLength).ToArray()));
    }

    void AnswerArp(byte[] frame)
    {
        if (ArpRepr.Parse(frame.AsSpan(14), out ArpRepr request) != WireResult.Ok) return;
        if (request.Operation != ArpOperation.Request || request.TargetIp != PeerIp) return;
        var reply = new ArpRepr
        {
            Operation = ArpOperation.Reply, SenderMac = Link.Ends[0].MacAddress, SenderIp = PeerIp,
            TargetMac = request.SenderMac, TargetIp = request.SenderIp,
        };
        byte[] answer = new byte[60];
        new EthernetRepr { Destination = request.SenderMac, Source = Link.Ends[0].MacAddress, EtherType = EthernetRepr.EtherTypeArp }.Emit(answer);
        reply.Emit(answer.AsSpan(14));
        Link.Ends[0].Transmit(answer);
    }

    /// <summary>Delivers everything in flight and lets the stack run its timers once.</summary>
    public void Pump()
    {
        for (int i = 0; i < 4; i++) { Link.DeliverDue(); Stack.Poll(); }
    }

    public void Advance(long ms)
    {
        long end = Clock.NowMs + ms;
        while (Clock.NowMs < end) { Clock.NowMs = Math.Min(end, Clock.NowMs + 10); Pump(); }
    }

    /// <summary>Sends one segment; with pump false it waits in flight, so several segments
    /// reach the stack in one burst before its next Poll.</summary>
    public void SendTcp(ushort sourcePort, ushort destinationPort, byte flags, uint seq, uint ack, byte[] payload = null, ushort window = 8192, bool pump = true) =>
        SendTcpFrom(PeerIp, sourcePort, destinationPort, flags, seq, ack, payload, window, pump);

    /// <summary>SendTcp with any source address (a made-up one, as a SYN flood uses); the
    /// frame still comes from this peer's hardware address.</summary>
    public void SendTcpFrom(Ipv4Address source, ushort sourcePort, ushort destinationPort, byte flags, uint seq, uint ack, byte[] payload = null, ushort window = 8192, bool pump = true)
    {
        payload ??= Array.Empty<byte>();
        var tcp = new TcpRepr
        {
            SourcePort = sourcePort, DestinationPort = destinationPort, Sequence = seq, Acknowledgment = ack,
            Flags = flags, Window = window, MaxSegmentSize = (flags & TcpFlags.Syn) != 0 ? (ushort)1460 : (ushort)0,
        };
        int tcpLength = 20 + tcp.OptionsLength() + payload.Length;
        byte[] frame = new byte[Math.Max(60, 34 + tcpLength)];
        new EthernetRepr { Destination = Link.Ends[1].MacAddress, Source = Link.Ends[0].MacAddress, EtherType = EthernetRepr.EtherTypeIpv4 }.Emit(frame);
        Span<byte> segment = frame.AsSpan(34, tcpLength);
        payload.CopyTo(segment.Slice(tcpLength - payload.Length));
        tcp.Emit(segment, source, StackIp);
        new Ipv4Repr
        {
            TotalLength = (ushort)(20 + tcpLength), HeaderLength = 20, Ttl = 64, Protocol = Ipv4Repr.ProtocolTcp,
            Source = source, Destination = StackIp, Identification = 1,
        }.Emit(frame.AsSpan(14));
        Link.Ends[0].Transmit(frame);
        if (pump) Pump();
    }

    public (TcpRepr Tcp, byte[] Payload) Last => Segments[Segments.Count - 1];
}
