// NetStack.Output: everything that leaves the interface. Transport bytes are wrapped in IPv4
// (fragmented when larger than the MTU, RFC 791 3.2), the next hop is resolved through the
// ArpCache (on a miss the packet waits in the cache's queue and an ARP request goes out), and
// the Ethernet frame is padded to the 60-byte minimum. Implements ITcpOutput for TcpSocket.
using System;
using RalphOS.Net.Icmp;
using RalphOS.Net.Tcp;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Iface;

public sealed partial class NetStack
{
    /// <summary>IPv4 payload per fragment: the MTU minus a 20-byte header (a multiple of 8).</summary>
    const int MaxFragmentPayload = EthernetRepr.Mtu - Ipv4Repr.MinHeaderLength;

    readonly byte[] _frame = new byte[EthernetRepr.MaxFrameLength];
    readonly byte[] _transport = new byte[Ipv4Reassembler.MaxDatagramSize + IcmpRepr.HeaderLength];
    readonly byte[] _segmentScratch = new byte[TcpSocket.LocalMss];
    readonly byte[] _pendingPacket = new byte[EthernetRepr.Mtu];
    ushort _ipIdentification;

    public void SendSegment(Ipv4Address localIp, Ipv4Address remoteIp, ref TcpRepr repr, ReadOnlySpan<byte> payload)
    {
        int headerLength = TcpRepr.MinHeaderLength + repr.OptionsLength();
        Span<byte> segment = new Span<byte>(_transport, 0, headerLength + payload.Length);
        payload.CopyTo(segment.Slice(headerLength));
        repr.Emit(segment, localIp, remoteIp);
        Counters.TcpSegmentsSent++;
        TransmitIpv4(localIp, remoteIp, Ipv4Repr.ProtocolTcp, segment);
    }

    void SendEchoReply(Ipv4Address to, ref IcmpRepr request, ReadOnlySpan<byte> payload)
    {
        if (!_config.IsConfigured || payload.Length + IcmpRepr.HeaderLength > _transport.Length) return;
        IcmpRepr reply = request;
        reply.Type = IcmpRepr.TypeEchoReply;
        Span<byte> message = new Span<byte>(_transport, 0, IcmpRepr.HeaderLength + payload.Length);
        payload.CopyTo(message.Slice(IcmpRepr.HeaderLength));
        reply.Emit(message);
        TransmitIpv4(_config.Address, to, Ipv4Repr.ProtocolIcmp, message);
    }

    void SendDhcp(ref DhcpRepr message)
    {
        Span<byte> datagram = new Span<byte>(_transport, 0, UdpRepr.HeaderLength + DhcpRepr.MaxMessageLength);
        int length = message.Emit(datagram.Slice(UdpRepr.HeaderLength));
        UdpRepr udp = default;
        udp.SourcePort = DhcpRepr.ClientPort;
        udp.DestinationPort = DhcpRepr.ServerPort;
        udp.Length = (ushort)(UdpRepr.HeaderLength + length);
        // RFC 2131 4.1: before it has an address the client sends from 0.0.0.0 to the broadcast
        // address; a renewal comes from the leased address (broadcast reaches QEMU's server too).
        Ipv4Address source = message.ClientIp;
        udp.Emit(datagram, source, Ipv4Address.Broadcast);
        TransmitIpv4(source, Ipv4Address.Broadcast, Ipv4Repr.ProtocolUdp, datagram.Slice(0, udp.Length));
    }

    void SendUdp(ushort sourcePort, Ipv4Address to, ushort port, ReadOnlySpan<byte> payload)
    {
        Span<byte> datagram = new Span<byte>(_transport, 0, UdpRepr.HeaderLength + payload.Length);
        payload.CopyTo(datagram.Slice(UdpRepr.HeaderLength));
        UdpRepr udp = default;
        udp.SourcePort = sourcePort;
        udp.DestinationPort = port;
        udp.Length = (ushort)datagram.Length;
        udp.Emit(datagram, _config.Address, to);
        TransmitIpv4(_config.Address, to, Ipv4Repr.ProtocolUdp, datagram);
    }

    void TransmitIpv4(Ipv4Address source, Ipv4Address destination, byte protocol, ReadOnlySpan<byte> transport)
    {
        ushort id = _ipIdentification++;
        int offset = 0;
        do
        {
            int chunk = Math.Min(transport.Length - offset, MaxFragmentPayload);
            Ipv4Repr ip = default;
            ip.TotalLength = (ushort)(Ipv4Repr.MinHeaderLength + chunk);
            ip.HeaderLength = Ipv4Repr.MinHeaderLength;
            ip.Identification = id;
            ip.MoreFragments = offset + chunk < transport.Length;
            ip.FragmentOffset = offset;
            ip.Ttl = Ipv4Repr.DefaultTtl;
            ip.Protocol = protocol;
            ip.Source = source;
            ip.Destination = destination;
            Span<byte> packet = new Span<byte>(_frame, EthernetRepr.HeaderLength, ip.TotalLength);
            transport.Slice(offset, chunk).CopyTo(packet.Slice(Ipv4Repr.MinHeaderLength));
            ip.Emit(packet);
            RouteIpv4(destination, packet);
            offset += chunk;
        } while (offset < transport.Length);
    }

    /// <summary>Sends an IPv4 packet already placed at _frame[14..]: picks the next hop
    /// (the gateway for other subnets) and resolves it, queueing the packet on an ARP miss.</summary>
    void RouteIpv4(Ipv4Address destination, Span<byte> packet)
    {
        long now = _clock.NowMs;
        if (destination.IsBroadcast || IsDirectedBroadcast(destination))
        {
            SendFrame(MacAddress.Broadcast, EthernetRepr.EtherTypeIpv4, packet.Length);
            return;
        }
        Ipv4Address hop = destination;
        if (!_config.Gateway.IsUnspecified && !destination.SameSubnet(_config.Address, _config.Netmask)) hop = _config.Gateway;
        if (_arp.TryLookup(hop, now, out MacAddress mac))
        {
            SendFrame(mac, EthernetRepr.EtherTypeIpv4, packet.Length);
            return;
        }
        _arp.QueuePacket(hop, packet, now);
        while (_arp.RequestDue(now, out Ipv4Address ask))
        {
            SendArp(ArpOperation.Request, MacAddress.Zero, ask, MacAddress.Broadcast);
            Counters.ArpRequestsSent++;
        }
    }

    bool IsDirectedBroadcast(Ipv4Address destination) =>
        _config.IsConfigured && (destination.Value | _config.Netmask.Value) == 0xFFFFFFFFu
        && destination.SameSubnet(_config.Address, _config.Netmask);

    /// <summary>Sends the packets that waited for ip's hardware address (oldest first).</summary>
    void FlushPending(Ipv4Address ip, MacAddress mac)
    {
        int n;
        while ((n = _arp.TakePending(ip, _pendingPacket)) > 0)
        {
            new Span<byte>(_pendingPacket, 0, n).CopyTo(new Span<byte>(_frame, EthernetRepr.HeaderLength, n));
            SendFrame(mac, EthernetRepr.EtherTypeIpv4, n);
        }
    }

    void SendArp(ArpOperation operation, MacAddress targetMac, Ipv4Address targetIp, MacAddress frameDestination)
    {
        ArpRepr arp = default;
        arp.Operation = operation;
        arp.SenderMac = _device.MacAddress;
        arp.SenderIp = _config.Address;
        arp.TargetMac = targetMac;
        arp.TargetIp = targetIp;
        arp.Emit(new Span<byte>(_frame, EthernetRepr.HeaderLength, ArpRepr.PacketLength));
        SendFrame(frameDestination, EthernetRepr.EtherTypeArp, ArpRepr.PacketLength);
    }

    /// <summary>Writes the Ethernet header in front of _frame[14..14+payloadLength], pads to
    /// the minimum frame size and hands the frame to the device.</summary>
    void SendFrame(MacAddress destination, ushort etherType, int payloadLength)
    {
        EthernetRepr eth = default;
        eth.Destination = destination;
        eth.Source = _device.MacAddress;
        eth.EtherType = etherType;
        eth.Emit(_frame);
        int length = EthernetRepr.HeaderLength + payloadLength;
        if (length < EthernetRepr.MinFrameLength)
        {
            new Span<byte>(_frame, length, EthernetRepr.MinFrameLength - length).Clear();
            length = EthernetRepr.MinFrameLength;
        }
        if (_device.Transmit(new Span<byte>(_frame, 0, length))) Counters.FramesSent++;
        else Counters.TransmitFailures++;
    }
}
