// NetStack: one network interface and everything above it. It owns the layers (ArpCache,
// Ipv4Reassembler, SocketTable, PingTable, DhcpClient) and only calls downward:
//   Receive(frame)  Ethernet -> ARP | IPv4 (-> reassembly) -> ICMP | UDP (DHCP) | TCP
//   Poll()          timers (ARP, reassembly, DHCP, TCP) and pending transmissions
// Time comes from IClock, frames leave through INetworkDevice, readiness goes to
// ISocketWaker. Output is in NetStack.Output.cs, the socket calls in NetStack.Sockets.cs.
// All buffers are allocated in the constructor; the packet path does not allocate.
using System;
using RalphOS.Net.Dhcp;
using RalphOS.Net.Icmp;
using RalphOS.Net.Sockets;
using RalphOS.Net.Tcp;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Iface;

public sealed partial class NetStack : ITcpOutput
{
    readonly INetworkDevice _device;
    readonly IClock _clock;
    readonly ArpCache _arp = new ArpCache();
    readonly Ipv4Reassembler _reassembler = new Ipv4Reassembler();
    readonly PingTable _pings = new PingTable();
    readonly SocketTable _sockets;
    readonly DhcpClient _dhcp;
    Ipv4Config _config;

    public NetCounters Counters { get; } = new NetCounters();
    public ISocketWaker Waker;

    public NetStack(INetworkDevice device, IClock clock, uint seed, int tcpCapacity = SocketTable.DefaultTcpCapacity,
        int tcpBufferSize = TcpSocket.DefaultBufferSize)
    {
        _device = device;
        _clock = clock;
        _sockets = new SocketTable(tcpCapacity, tcpBufferSize, seed);
        _dhcp = new DhcpClient(device.MacAddress, seed ^ 0x52414C50u);
        _ipIdentification = (ushort)seed;
    }

    public MacAddress MacAddress => _device.MacAddress;
    public Ipv4Config Config => _config;
    public DhcpState DhcpState => _dhcp.State;
    public ArpCache Arp => _arp;
    public Ipv4Reassembler Reassembler => _reassembler;
    public SocketTable Sockets => _sockets;

    /// <summary>Sets the address and announces it with a gratuitous ARP (RFC 5227 section 2.3).</summary>
    public void Configure(Ipv4Config config)
    {
        _config = config;
        if (config.IsConfigured) SendArp(ArpOperation.Request, MacAddress.Zero, config.Address, MacAddress.Broadcast);
    }

    /// <summary>Starts DHCP; the static fallback applies if no server answers.</summary>
    public void StartDhcp(Ipv4Config fallback)
    {
        _dhcp.Fallback = fallback;
        _dhcp.Start(_clock.NowMs);
        Poll();
    }

    public void Receive(ReadOnlySpan<byte> frame)
    {
        Counters.FramesReceived++;
        if (EthernetRepr.Parse(frame, out EthernetRepr eth) != WireResult.Ok) { Counters.EthernetMalformed++; return; }
        if (eth.Destination != _device.MacAddress && !eth.Destination.IsBroadcast) { Counters.EthernetNotForUs++; return; }
        ReadOnlySpan<byte> payload = frame.Slice(EthernetRepr.HeaderLength);
        if (eth.EtherType == EthernetRepr.EtherTypeArp) ReceiveArp(payload);
        else if (eth.EtherType == EthernetRepr.EtherTypeIpv4) ReceiveIpv4(payload, eth.Source);
        else Counters.EthernetUnknownType++;
        _sockets.Sweep(Waker);
    }

    void ReceiveArp(ReadOnlySpan<byte> packet)
    {
        if (ArpRepr.Parse(packet, out ArpRepr arp) != WireResult.Ok) { Counters.ArpMalformed++; return; }
        long now = _clock.NowMs;
        bool forUs = _config.IsConfigured && arp.TargetIp == _config.Address;
        // RFC 826 "merge": refresh a known sender; learn it if the packet is for us.
        if (!arp.SenderIp.IsUnspecified && (forUs || _arp.Contains(arp.SenderIp)))
        {
            _arp.Insert(arp.SenderIp, arp.SenderMac, now);
            FlushPending(arp.SenderIp, arp.SenderMac);
        }
        if (forUs && arp.Operation == ArpOperation.Request)
        {
            SendArp(ArpOperation.Reply, arp.SenderMac, arp.SenderIp, arp.SenderMac);
            Counters.ArpRepliesSent++;
        }
    }

    void ReceiveIpv4(ReadOnlySpan<byte> packet, MacAddress sourceMac)
    {
        WireResult result = Ipv4Repr.Parse(packet, out Ipv4Repr ip);
        if (result == WireResult.BadChecksum) { Counters.Ipv4BadChecksum++; return; }
        if (result != WireResult.Ok) { Counters.Ipv4Malformed++; return; }
        bool forUs = ip.Destination.IsBroadcast || (_config.IsConfigured && ip.Destination == _config.Address)
            || (!_config.IsConfigured && ip.Protocol == Ipv4Repr.ProtocolUdp); // DHCP replies before we have an address
        if (!forUs) { Counters.Ipv4NotForUs++; return; }
        // RFC 1122 3.2.1.7: a host never forwards, so TTL only guards against invalid zero.
        if (ip.Ttl == 0) { Counters.Ipv4TtlExpired++; return; }
        _arp.Confirm(ip.Source, sourceMac, _clock.NowMs);
        ReadOnlySpan<byte> payload = packet.Slice(ip.HeaderLength, ip.PayloadLength);
        if (!ip.IsFragment) { ReceiveTransport(ref ip, payload); return; }

        Counters.FragmentsReceived++;
        ReassemblyResult r = _reassembler.Add(ref ip, payload, _clock.NowMs, out int slot);
        if (r == ReassemblyResult.Incomplete) return;
        if (r != ReassemblyResult.Complete) { Counters.FragmentsDropped++; return; }
        Counters.DatagramsReassembled++;
        ReadOnlySpan<byte> whole = _reassembler.Payload(slot);
        ip.TotalLength = 0; // meaningless for a reassembled datagram
        ReceiveTransport(ref ip, whole);
        _reassembler.Release(slot);
    }

    void ReceiveTransport(ref Ipv4Repr ip, ReadOnlySpan<byte> payload)
    {
        switch (ip.Protocol)
        {
            case Ipv4Repr.ProtocolIcmp: ReceiveIcmp(ref ip, payload); break;
            case Ipv4Repr.ProtocolUdp: ReceiveUdp(ref ip, payload); break;
            case Ipv4Repr.ProtocolTcp: ReceiveTcp(ref ip, payload); break;
            default: Counters.Ipv4UnknownProtocol++; break;
        }
    }

    void ReceiveIcmp(ref Ipv4Repr ip, ReadOnlySpan<byte> message)
    {
        if (IcmpRepr.Parse(message, out IcmpRepr icmp) != WireResult.Ok) { Counters.IcmpMalformed++; return; }
        if (icmp.Type == IcmpRepr.TypeEchoRequest && icmp.Code == 0 && !ip.Destination.IsBroadcast)
        {
            Counters.IcmpEchoRequests++;
            SendEchoReply(ip.Source, ref icmp, message.Slice(IcmpRepr.HeaderLength));
        }
        else if (icmp.Type == IcmpRepr.TypeEchoReply)
        {
            Counters.IcmpEchoReplies++;
            _pings.OnReply(ip.Source, ref icmp, _clock.NowMs);
        }
    }

    void ReceiveUdp(ref Ipv4Repr ip, ReadOnlySpan<byte> datagram)
    {
        if (UdpRepr.Parse(datagram, ip.Source, ip.Destination, out UdpRepr udp) != WireResult.Ok) { Counters.UdpMalformed++; return; }
        ReadOnlySpan<byte> payload = datagram.Slice(UdpRepr.HeaderLength, udp.PayloadLength);
        if (udp.DestinationPort == DhcpRepr.ClientPort && udp.SourcePort == DhcpRepr.ServerPort)
        {
            if (DhcpRepr.Parse(payload, out DhcpRepr dhcp) == WireResult.Ok) _dhcp.Receive(ref dhcp, _clock.NowMs);
            else Counters.UdpMalformed++;
            ApplyDhcpResult();
            return;
        }
        if (!_config.IsConfigured || !_sockets.DeliverUdp(udp.DestinationPort, ip.Source, udp.SourcePort, payload))
            Counters.UdpNoSocket++;
    }

    void ReceiveTcp(ref Ipv4Repr ip, ReadOnlySpan<byte> segment)
    {
        if (!_config.IsConfigured || ip.Destination.IsBroadcast) { Counters.Ipv4NotForUs++; return; }
        if (TcpRepr.Parse(segment, ip.Source, ip.Destination, out TcpRepr tcp) != WireResult.Ok) { Counters.TcpMalformed++; return; }
        Counters.TcpSegmentsReceived++;
        _sockets.ProcessTcp(ip.Source, ip.Destination, ref tcp, segment.Slice(tcp.HeaderLength), _clock.NowMs, this);
    }

    /// <summary>Runs every timer and sends what is pending. The kernel calls it on each NIC
    /// interrupt, after socket calls, and when NextDeadline passes.</summary>
    public void Poll()
    {
        long now = _clock.NowMs;
        while (_arp.RequestDue(now, out Ipv4Address ip))
        {
            SendArp(ArpOperation.Request, MacAddress.Zero, ip, MacAddress.Broadcast);
            Counters.ArpRequestsSent++;
        }
        _reassembler.Expire(now);
        while (_dhcp.PollTransmit(now, out DhcpRepr message)) SendDhcp(ref message);
        ApplyDhcpResult();
        _sockets.Poll(now, this, _segmentScratch);
        _sockets.Sweep(Waker);
    }

    /// <summary>Earliest time (ms) Poll has work to do, or -1 for none.</summary>
    public long NextDeadline()
    {
        long next = _sockets.NextDeadline();
        next = Earliest(next, _arp.NextDeadline());
        next = Earliest(next, _reassembler.NextDeadline());
        next = Earliest(next, _dhcp.NextDeadline());
        return next;
    }

    static long Earliest(long a, long b) => a < 0 ? b : (b < 0 ? a : Math.Min(a, b));

    void ApplyDhcpResult()
    {
        if (_dhcp.TakeConfigChange(out Ipv4Config config)) Configure(config);
    }
}
