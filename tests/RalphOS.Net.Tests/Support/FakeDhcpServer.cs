// FakeDhcpServer: answers DISCOVER with OFFER and REQUEST with ACK the way QEMU's user-mode
// network does (10.0.2.15/24, router 10.0.2.2, DNS 10.0.2.3, server 10.0.2.2), as broadcast
// frames. Built from the wire Reprs; it sits on side 1 of a SimLink.
using System;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Tests.Support;

public sealed class FakeDhcpServer
{
    readonly SimDevice _device;
    public static readonly Ipv4Address ServerIp = new Ipv4Address(10, 0, 2, 2);
    public static readonly Ipv4Address Offered = new Ipv4Address(10, 0, 2, 15);
    public int Discovers, Requests, Renewals;
    public bool AnswerWithNak;
    public bool Silent;
    public uint LeaseSeconds = 86400;

    public FakeDhcpServer(SimDevice device) { _device = device; }

    public void OnFrame(byte[] frame)
    {
        if (EthernetRepr.Parse(frame, out EthernetRepr eth) != WireResult.Ok || eth.EtherType != EthernetRepr.EtherTypeIpv4) return;
        if (Ipv4Repr.Parse(frame.AsSpan(14), out Ipv4Repr ip) != WireResult.Ok || ip.Protocol != Ipv4Repr.ProtocolUdp) return;
        ReadOnlySpan<byte> datagram = frame.AsSpan(34, ip.PayloadLength);
        if (UdpRepr.Parse(datagram, ip.Source, ip.Destination, out UdpRepr udp) != WireResult.Ok || udp.DestinationPort != 67) return;
        if (DhcpRepr.Parse(datagram.Slice(8, udp.PayloadLength), out DhcpRepr request) != WireResult.Ok) return;
        if (Silent) return;
        var reply = new DhcpRepr
        {
            Op = DhcpRepr.OpReply, TransactionId = request.TransactionId, ClientHardware = request.ClientHardware,
            YourIp = Offered, ServerIp = ServerIp, ServerIdentifier = ServerIp,
            SubnetMask = new Ipv4Address(255, 255, 255, 0), Router = ServerIp, DnsServer = new Ipv4Address(10, 0, 2, 3),
            LeaseTimeSeconds = LeaseSeconds,
        };
        if (request.MessageType == DhcpMessageType.Discover) { Discovers++; reply.MessageType = DhcpMessageType.Offer; }
        else if (request.MessageType == DhcpMessageType.Request)
        {
            Requests++;
            if (request.ClientIp == Offered) Renewals++;   // RENEWING: ciaddr set, no server id
            else Assert(request.RequestedIp == Offered && request.ServerIdentifier == ServerIp);
            reply.MessageType = AnswerWithNak && Requests == 1 ? DhcpMessageType.Nak : DhcpMessageType.Ack;
        }
        else return;
        byte[] out_ = new byte[14 + 20 + 8 + DhcpRepr.MaxMessageLength];
        int length = reply.Emit(out_.AsSpan(42));
        var u = new UdpRepr { SourcePort = 67, DestinationPort = 68, Length = (ushort)(8 + length) };
        u.Emit(out_.AsSpan(34, 8 + length), ServerIp, Ipv4Address.Broadcast);
        new Ipv4Repr
        {
            TotalLength = (ushort)(28 + length), HeaderLength = 20, Ttl = 64, Protocol = Ipv4Repr.ProtocolUdp,
            Source = ServerIp, Destination = Ipv4Address.Broadcast,
        }.Emit(out_.AsSpan(14));
        new EthernetRepr { Destination = MacAddress.Broadcast, Source = _device.MacAddress, EtherType = EthernetRepr.EtherTypeIpv4 }.Emit(out_);
        _device.Transmit(out_.AsSpan(0, 42 + length));
    }

    static void Assert(bool condition)
    {
        if (!condition) throw new InvalidOperationException("unexpected DHCP REQUEST contents");
    }
}
