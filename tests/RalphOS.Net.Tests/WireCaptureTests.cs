// Each wire format against frames captured from Linux in network namespaces (see
// Captures/README.md): parse to the right fields, and re-emit byte for byte.
using System;
using System.Text;
using RalphOS.Net.Iface;
using RalphOS.Net.Tests.Support;
using RalphOS.Net.Wire;
using Xunit;

namespace RalphOS.Net.Tests;

public class WireCaptureTests
{
    static readonly Ipv4Address Host1 = new Ipv4Address(10, 99, 0, 1);
    static readonly Ipv4Address Host2 = new Ipv4Address(10, 99, 0, 2);

    [Theory]
    [InlineData("arp-icmp.pcap")]
    [InlineData("icmp-fragmented.pcap")]
    [InlineData("udp.pcap")]
    [InlineData("tcp.pcap")]
    [InlineData("tcp-rst.pcap")]
    [InlineData("qemu-session.pcap")]
    public void EveryCapturedFrameReEmitsIdentically(string capture)
    {
        var frames = PcapReader.ReadFrames(capture);
        Assert.NotEmpty(frames);
        foreach (byte[] frame in frames) Assert.Equal(frame, Reemit(frame));
    }

    [Fact]
    public void ArpRequestAndReplyParse()
    {
        var frames = PcapReader.ReadFrames("arp-icmp.pcap");
        Assert.Equal(WireResult.Ok, EthernetRepr.Parse(frames[0], out EthernetRepr eth));
        Assert.True(eth.Destination.IsBroadcast);
        Assert.Equal(EthernetRepr.EtherTypeArp, eth.EtherType);
        Assert.Equal(WireResult.Ok, ArpRepr.Parse(frames[0].AsSpan(14), out ArpRepr request));
        Assert.Equal(ArpOperation.Request, request.Operation);
        Assert.Equal(Host1, request.SenderIp);
        Assert.Equal(Host2, request.TargetIp);
        Assert.Equal(eth.Source, request.SenderMac);
        Assert.Equal(WireResult.Ok, ArpRepr.Parse(frames[1].AsSpan(14), out ArpRepr reply));
        Assert.Equal(ArpOperation.Reply, reply.Operation);
        Assert.Equal(Host2, reply.SenderIp);
        Assert.Equal(request.SenderMac, reply.TargetMac);
    }

    [Fact]
    public void IcmpEchoParses()
    {
        var frames = PcapReader.ReadFrames("arp-icmp.pcap");
        byte[] f = frames[2];
        Assert.Equal(WireResult.Ok, Ipv4Repr.Parse(f.AsSpan(14), out Ipv4Repr ip));
        Assert.Equal(Ipv4Repr.ProtocolIcmp, ip.Protocol);
        Assert.Equal(52, ip.TotalLength);
        Assert.True(ip.DontFragment);
        Assert.Equal(64, ip.Ttl);
        Assert.Equal(WireResult.Ok, IcmpRepr.Parse(f.AsSpan(14 + 20, ip.PayloadLength), out IcmpRepr echo));
        Assert.Equal(IcmpRepr.TypeEchoRequest, echo.Type);
        Assert.Equal(1, echo.Sequence);
        Assert.Equal(WireResult.Ok, Ipv4Repr.Parse(frames[3].AsSpan(14), out Ipv4Repr ip2));
        Assert.Equal(WireResult.Ok, IcmpRepr.Parse(frames[3].AsSpan(34, ip2.PayloadLength), out IcmpRepr reply));
        Assert.Equal(IcmpRepr.TypeEchoReply, reply.Type);
        Assert.Equal(echo.Identifier, reply.Identifier);
    }

    [Fact]
    public void FragmentedEchoReassemblesAndVerifies()
    {
        var frames = PcapReader.ReadFrames("icmp-fragmented.pcap");
        var reassembler = new Ipv4Reassembler();
        Assert.Equal(WireResult.Ok, Ipv4Repr.Parse(frames[0].AsSpan(14), out Ipv4Repr first));
        Assert.True(first.MoreFragments);
        Assert.Equal(0, first.FragmentOffset);
        Assert.Equal(WireResult.Ok, Ipv4Repr.Parse(frames[1].AsSpan(14), out Ipv4Repr second));
        Assert.False(second.MoreFragments);
        Assert.Equal(1480, second.FragmentOffset);
        Assert.Equal(ReassemblyResult.Incomplete, reassembler.Add(ref first, frames[0].AsSpan(34, first.PayloadLength), 0, out _));
        Assert.Equal(ReassemblyResult.Complete, reassembler.Add(ref second, frames[1].AsSpan(34, second.PayloadLength), 0, out int slot));
        ReadOnlySpan<byte> whole = reassembler.Payload(slot);
        Assert.Equal(2008, whole.Length);
        Assert.Equal(WireResult.Ok, IcmpRepr.Parse(whole, out IcmpRepr echo));
        Assert.Equal(IcmpRepr.TypeEchoRequest, echo.Type);
    }

    [Fact]
    public void UdpDatagramParses()
    {
        var frames = PcapReader.ReadFrames("udp.pcap");
        byte[] f = frames[frames.Count - 1];
        Assert.Equal(WireResult.Ok, Ipv4Repr.Parse(f.AsSpan(14), out Ipv4Repr ip));
        Assert.Equal(WireResult.Ok, UdpRepr.Parse(f.AsSpan(34, ip.PayloadLength), ip.Source, ip.Destination, out UdpRepr udp));
        Assert.Equal(5000, udp.DestinationPort);
        Assert.Equal("hello ralph udp\n", Encoding.ASCII.GetString(f, 34 + 8, udp.PayloadLength));
    }

    [Fact]
    public void TcpHandshakeOptionsAndDataParse()
    {
        var frames = PcapReader.ReadFrames("tcp.pcap");
        TcpRepr syn = ParseTcp(frames[0], out _);
        Assert.Equal(TcpFlags.Syn, syn.Flags);
        Assert.Equal(6000, syn.DestinationPort);
        Assert.Equal(1460, syn.MaxSegmentSize);
        Assert.True(syn.SackPermitted);
        Assert.True(syn.HasTimestamp);
        Assert.True(syn.HasWindowScale);
        Assert.Equal(10, syn.WindowScale);
        Assert.Equal(40, syn.HeaderLength);
        TcpRepr synAck = ParseTcp(frames[1], out _);
        Assert.Equal(TcpFlags.Syn | TcpFlags.Ack, synAck.Flags);
        Assert.Equal(syn.Sequence + 1, synAck.Acknowledgment);
        TcpRepr data = ParseTcp(frames[3], out byte[] payload);
        Assert.True(data.Has(TcpFlags.Psh));
        Assert.Equal("hello ralph tcp: the quick brown fox\n", Encoding.ASCII.GetString(payload));
        Assert.Equal(syn.Sequence + 1, data.Sequence);
        bool sawFin = false;
        foreach (byte[] f in frames) if (ParseTcp(f, out _).Has(TcpFlags.Fin)) sawFin = true;
        Assert.True(sawFin);
    }

    [Fact]
    public void TcpResetToClosedPortParses()
    {
        var frames = PcapReader.ReadFrames("tcp-rst.pcap");
        TcpRepr syn = ParseTcp(frames[0], out _);
        TcpRepr rst = ParseTcp(frames[1], out _);
        Assert.Equal(TcpFlags.Rst | TcpFlags.Ack, rst.Flags);
        Assert.Equal(syn.Sequence + 1, rst.Acknowledgment);
        Assert.Equal(0, rst.Window);
    }

    static TcpRepr ParseTcp(byte[] frame, out byte[] payload)
    {
        Assert.Equal(WireResult.Ok, Ipv4Repr.Parse(frame.AsSpan(14), out Ipv4Repr ip));
        ReadOnlySpan<byte> seg = frame.AsSpan(14 + ip.HeaderLength, ip.PayloadLength);
        Assert.Equal(WireResult.Ok, TcpRepr.Parse(seg, ip.Source, ip.Destination, out TcpRepr tcp));
        payload = seg.Slice(tcp.HeaderLength).ToArray();
        return tcp;
    }

    /// <summary>Parses every layer of frame and emits it again from the Reprs and payloads.</summary>
    static byte[] Reemit(byte[] frame)
    {
        byte[] output = new byte[frame.Length];
        Assert.Equal(WireResult.Ok, EthernetRepr.Parse(frame, out EthernetRepr eth));
        eth.Emit(output);
        if (eth.EtherType == EthernetRepr.EtherTypeArp)
        {
            Assert.Equal(WireResult.Ok, ArpRepr.Parse(frame.AsSpan(14), out ArpRepr arp));
            arp.Emit(output.AsSpan(14));
            frame.AsSpan(14 + 28).CopyTo(output.AsSpan(14 + 28)); // Ethernet padding, if any
            return output;
        }
        Assert.Equal(WireResult.Ok, Ipv4Repr.Parse(frame.AsSpan(14), out Ipv4Repr ip));
        Span<byte> packet = output.AsSpan(14, ip.TotalLength);
        Span<byte> transport = packet.Slice(20, ip.PayloadLength);
        ReadOnlySpan<byte> inTransport = frame.AsSpan(14 + 20, ip.PayloadLength);
        if (ip.IsFragment) inTransport.CopyTo(transport);
        else if (ip.Protocol == Ipv4Repr.ProtocolIcmp)
        {
            Assert.Equal(WireResult.Ok, IcmpRepr.Parse(inTransport, out IcmpRepr icmp));
            inTransport.Slice(8).CopyTo(transport.Slice(8));
            icmp.Emit(transport);
        }
        else if (ip.Protocol == Ipv4Repr.ProtocolUdp)
        {
            Assert.Equal(WireResult.Ok, UdpRepr.Parse(inTransport, ip.Source, ip.Destination, out UdpRepr udp));
            inTransport.Slice(8).CopyTo(transport.Slice(8));
            udp.Emit(transport, ip.Source, ip.Destination);
        }
        else
        {
            Assert.Equal(WireResult.Ok, TcpRepr.Parse(inTransport, ip.Source, ip.Destination, out TcpRepr tcp));
            inTransport.Slice(tcp.HeaderLength).CopyTo(transport.Slice(tcp.HeaderLength));
            int parsedHeader = tcp.HeaderLength;
            tcp.Emit(transport, ip.Source, ip.Destination);
            Assert.Equal(parsedHeader, tcp.HeaderLength);
        }
        ip.Emit(packet);
        return output;
    }
}
