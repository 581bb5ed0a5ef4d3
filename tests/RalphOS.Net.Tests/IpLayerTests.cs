// ARP, IPv4 fragmentation/reassembly, ICMP echo and UDP sockets through two NetStacks.
using System;
using System.Text;
using RalphOS.Net.Icmp;
using RalphOS.Net.Iface;
using RalphOS.Net.Sockets;
using RalphOS.Net.Tests.Support;
using RalphOS.Net.Wire;
using Xunit;

namespace RalphOS.Net.Tests;

public class IpLayerTests
{
    static bool IsArp(byte[] frame, ArpOperation op) =>
        EthernetRepr.Parse(frame, out EthernetRepr eth) == WireResult.Ok && eth.EtherType == EthernetRepr.EtherTypeArp
        && ArpRepr.Parse(frame.AsSpan(14), out ArpRepr arp) == WireResult.Ok && arp.Operation == op;

    [Fact]
    public void ConfigureAnnouncesWithGratuitousArp()
    {
        var clock = new FakeClock();
        var link = new SimLink(clock, 1);
        link.Ends[0].Record = true;
        var stack = new NetStack(link.Ends[0], clock, 1);
        stack.Configure(TwoHosts.Config(TwoHosts.AddressA));
        byte[] frame = Assert.Single(link.Ends[0].Sent);
        Assert.Equal(WireResult.Ok, ArpRepr.Parse(frame.AsSpan(14), out ArpRepr arp));
        Assert.Equal(TwoHosts.AddressA, arp.SenderIp);
        Assert.Equal(TwoHosts.AddressA, arp.TargetIp); // RFC 5227 announcement
    }

    [Fact]
    public void ArpMissQueuesTheDatagramAndSendsItAfterTheReply()
    {
        var net = new TwoHosts(21);
        int replies = 0;
        // Lose the first ARP reply: the request is repeated and the queued datagram still goes out.
        net.Link.Filter = (side, f) => !(side == 1 && IsArp(f, ArpOperation.Reply) && ++replies == 1);
        int rx = net.B.UdpOpen();
        Assert.Equal(0, net.B.UdpBind(rx, 5000));
        int tx = net.A.UdpOpen();
        Assert.Equal(5, net.A.UdpSendTo(tx, TwoHosts.AddressB, 5000, Encoding.ASCII.GetBytes("first")));
        Assert.Equal(6, net.A.UdpSendTo(tx, TwoHosts.AddressB, 5000, Encoding.ASCII.GetBytes("second")));
        var buffer = new byte[64];
        Assert.True(net.RunUntil(() => (net.B.UdpReadiness(rx) & Tcp.SocketEvents.Readable) != 0, 10_000));
        Assert.Equal(2, replies);
        Assert.Equal(5, net.B.UdpReceiveFrom(rx, buffer, out Ipv4Address from, out ushort port));
        Assert.Equal("first", Encoding.ASCII.GetString(buffer, 0, 5));
        Assert.Equal(TwoHosts.AddressA, from);
        Assert.Equal(net.A.Sockets.UdpLocalPort(tx), port);
        Assert.Equal(6, net.B.UdpReceiveFrom(rx, buffer, out _, out _));
        Assert.Equal((int)SocketResult.WouldBlock, net.B.UdpReceiveFrom(rx, buffer, out _, out _));
        Assert.True(net.A.Arp.Contains(TwoHosts.AddressB));
    }

    [Fact]
    public void ArpQueueIsBoundedAndUnansweredPacketsAreDropped()
    {
        var net = new TwoHosts(22);
        var nobody = new Ipv4Address(10, 99, 0, 77);
        int tx = net.A.UdpOpen();
        for (int i = 0; i < ArpCache.MaxPendingPerAddress + 3; i++) net.A.UdpSendTo(tx, nobody, 9, new byte[10]);
        Assert.Equal(3, net.A.Arp.PacketsDroppedUnresolved);
        net.RunFor(ArpCache.RequestIntervalMs * (ArpCache.MaxRequests + 2));
        Assert.Equal(ArpCache.MaxPendingPerAddress + 3, net.A.Arp.PacketsDroppedUnresolved);
    }

    [Fact]
    public void ArpEntriesExpire()
    {
        var cache = new ArpCache();
        var ip = new Ipv4Address(1, 2, 3, 4);
        cache.Insert(ip, new MacAddress(0x1234), 0);
        Assert.True(cache.TryLookup(ip, ArpCache.EntryLifetimeMs - 1, out MacAddress mac));
        Assert.Equal(new MacAddress(0x1234), mac);
        Assert.False(cache.TryLookup(ip, ArpCache.EntryLifetimeMs, out _));
    }

    [Fact]
    public void TrafficFromANeighbourKeepsItsArpEntryAlive()
    {
        var net = new TwoHosts(27);
        int tx = net.A.UdpOpen();
        int rx = net.B.UdpOpen();
        net.B.UdpBind(rx, 7);
        net.A.UdpBind(tx, 8);
        net.A.UdpSendTo(tx, TwoHosts.AddressB, 7, new byte[] { 1 });
        net.RunFor(10);
        long requests = net.A.Counters.ArpRequestsSent + net.B.Counters.ArpRequestsSent;
        for (int i = 0; i < 12; i++)                                      // two minutes of chatter
        {
            net.B.UdpSendTo(rx, TwoHosts.AddressA, 8, new byte[] { 2 });
            net.A.UdpSendTo(tx, TwoHosts.AddressB, 7, new byte[] { 3 });
            net.RunFor(10_000);
        }
        Assert.Equal(requests, net.A.Counters.ArpRequestsSent + net.B.Counters.ArpRequestsSent);
        Assert.True(net.A.Arp.TryLookup(TwoHosts.AddressB, net.Clock.NowMs, out _));
    }

    [Fact]
    public void FragmentedEchoIsReassembledAndAnsweredInFragments()
    {
        var net = new TwoHosts(23);
        Assert.Equal(0, net.A.SendPing(TwoHosts.AddressB, 7, 4000));
        Assert.True(net.RunUntil(() => net.A.QueryPing(7, out _) == PingStatus.Replied, 5000));
        Assert.Equal(1, net.B.Counters.DatagramsReassembled);
        Assert.Equal(1, net.A.Counters.DatagramsReassembled);
        Assert.Equal(3, net.B.Counters.FragmentsReceived); // 4008 bytes = 1480 + 1480 + 1048
        Assert.Equal(1, net.B.Counters.IcmpEchoRequests);
    }

    [Fact]
    public void PingReportsRoundTripTime()
    {
        var net = new TwoHosts(24);
        net.Link.DelayMs = 5;
        net.A.SendPing(TwoHosts.AddressB, 1, 32);
        Assert.Equal(PingStatus.Waiting, net.A.QueryPing(1, out _));
        Assert.True(net.RunUntil(() => net.A.QueryPing(1, out _) == PingStatus.Replied, 5000));
        net.A.QueryPing(1, out int rtt);
        Assert.True(rtt >= 10, "rtt " + rtt); // two ARP-free one-way delays of 5 ms at least
        Assert.Equal(PingStatus.Unknown, net.A.QueryPing(2, out _));
    }

    [Fact]
    public void UdpToUnboundPortIsCountedAndFullQueueDrops()
    {
        var net = new TwoHosts(25);
        int tx = net.A.UdpOpen();
        net.A.UdpSendTo(tx, TwoHosts.AddressB, 6000, new byte[] { 1 });
        net.RunFor(100);
        Assert.Equal(1, net.B.Counters.UdpNoSocket);
        int rx = net.B.UdpOpen();
        net.B.UdpBind(rx, 6000);
        Assert.Equal((int)SocketResult.AddressInUse, net.B.UdpBind(net.B.UdpOpen(), 6000));
        for (int i = 0; i < 12; i++) net.A.UdpSendTo(tx, TwoHosts.AddressB, 6000, new byte[] { (byte)i });
        net.RunFor(100);
        var buffer = new byte[4];
        for (int i = 0; i < 8; i++)
        {
            Assert.Equal(1, net.B.UdpReceiveFrom(rx, buffer, out _, out _));
            Assert.Equal(i, buffer[0]);
        }
        Assert.Equal((int)SocketResult.WouldBlock, net.B.UdpReceiveFrom(rx, buffer, out _, out _));
        Assert.Equal((int)SocketResult.MessageTooLong, net.A.UdpSendTo(tx, TwoHosts.AddressB, 6000, new byte[2000]));
    }

    [Fact]
    public void TrafficToAnotherSubnetGoesThroughTheGateway()
    {
        var net = new TwoHosts(26);
        net.A.Configure(new Ipv4Config { Address = TwoHosts.AddressA, Netmask = new Ipv4Address(255, 255, 255, 0), Gateway = TwoHosts.AddressB });
        net.Link.Ends[0].Record = true;
        int tx = net.A.UdpOpen();
        net.A.UdpSendTo(tx, new Ipv4Address(8, 8, 8, 8), 53, new byte[] { 1 });
        net.RunFor(50);
        byte[] last = net.Link.Ends[0].Sent[net.Link.Ends[0].Sent.Count - 1];
        Assert.Equal(WireResult.Ok, EthernetRepr.Parse(last, out EthernetRepr eth));
        Assert.Equal(net.Link.Ends[1].MacAddress, eth.Destination); // the gateway's MAC
        Assert.Equal(WireResult.Ok, Ipv4Repr.Parse(last.AsSpan(14), out Ipv4Repr ip));
        Assert.Equal(new Ipv4Address(8, 8, 8, 8), ip.Destination);
    }
}
