// SynFloodTests: a listener under a SYN flood from made-up addresses (SocketTable.Cookies):
// the half-open backlog fills, further SYNs get cookies and no socket, and a real client
// still completes its handshake at once; wrong, expired and unplaceable cookies are refused
// and counted; a full socket table is handled (evict a half-open, or refuse with RST).
using System;
using RalphOS.Net.Iface;
using RalphOS.Net.Sockets;
using RalphOS.Net.Tcp;
using RalphOS.Net.Tests.Support;
using RalphOS.Net.Wire;
using Xunit;

namespace RalphOS.Net.Tests;

public class SynFloodTests
{
    const ushort Port = 23;

    /// <summary>Sends count SYNs from random addresses (in and out of the subnet) and ports, in
    /// bursts between polls as a fast sender would.</summary>
    static void Flood(RawPeer peer, int count, int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            var source = new Ipv4Address((uint)(random.Next(2) == 0 ? 0x0A630000 | random.Next(3, 250) : random.Next()));
            peer.SendTcpFrom(source, (ushort)random.Next(1024, 65536), Port, TcpFlags.Syn, (uint)random.Next(), 0, pump: i % 50 == 49);
        }
        peer.Pump();
    }

    static int Listen(NetStack stack, int backlog)
    {
        int listener = stack.TcpOpen();
        Assert.Equal((int)SocketResult.Ok, stack.TcpListen(listener, Port, backlog));
        return listener;
    }

    /// <summary>SYN from the real peer, its SYN-ACK (returned), and nothing else sent yet.</summary>
    static TcpRepr Syn(RawPeer peer, ushort clientPort, uint isn)
    {
        peer.Segments.Clear();
        peer.SendTcp(clientPort, Port, TcpFlags.Syn, isn, 0);
        Assert.Single(peer.Segments);
        TcpRepr synAck = peer.Last.Tcp;
        Assert.Equal(TcpFlags.Syn | TcpFlags.Ack, synAck.Flags);
        Assert.Equal(isn + 1, synAck.Acknowledgment);
        return synAck;
    }

    [Fact]
    public void AfterTenThousandSynsFromMadeUpAddressesARealClientGetsInAtOnce()
    {
        var peer = new RawPeer();
        int listener = Listen(peer.Stack, 32);
        Flood(peer, 10_000, 1);
        SocketTable table = peer.Stack.Sockets;
        Assert.True(table.TcpInUse <= 1 + 32, $"{table.TcpInUse} sockets in use");
        Assert.True(table.CookiesSent >= 10_000 - 32, $"{table.CookiesSent} cookies");

        TcpRepr synAck = Syn(peer, 40000, 1000);
        Assert.Equal(TcpSocket.LocalMss, synAck.MaxSegmentSize);
        peer.SendTcp(40000, Port, TcpFlags.Ack | TcpFlags.Psh, 1001, synAck.Sequence + 1, new byte[] { 65, 66 });
        Assert.Equal(1, table.CookiesAccepted);
        int connection = peer.Stack.TcpAccept(listener);
        Assert.True(connection >= 0, $"accept gave {connection}");
        Assert.Equal(TcpState.Established, peer.Stack.TcpStateOf(connection));
        var buffer = new byte[8];
        Assert.Equal(2, peer.Stack.TcpReceive(connection, buffer)); // the data on the final ACK
        Assert.Equal((byte)'B', buffer[1]);
        peer.Segments.Clear();
        Assert.Equal(5, peer.Stack.TcpSend(connection, new byte[] { 1, 2, 3, 4, 5 }));
        peer.Pump();
        var (data, payload) = peer.Last;
        Assert.Equal(synAck.Sequence + 1, data.Sequence);
        Assert.Equal(1003u, data.Acknowledgment);
        Assert.Equal(5, payload.Length);
    }

    [Fact]
    public void ARealStackConnectsThroughAFlood()
    {
        var net = new TwoHosts(31);
        int listener = Listen(net.B, 8);
        var random = new Random(2);
        MacAddress bMac = net.B.MacAddress;
        for (int i = 0; i < 2000; i++)
        {
            var syn = new TcpRepr { SourcePort = (ushort)random.Next(1024, 65536), DestinationPort = Port, Sequence = (uint)random.Next(), Flags = TcpFlags.Syn, Window = 1024 };
            var fake = new Ipv4Address(10, 99, 0, (byte)random.Next(3, 250));
            byte[] segment = new byte[20];
            syn.Emit(segment, fake, TwoHosts.AddressB);
            net.B.Receive(FrameBuilder.Ipv4(bMac, fake, TwoHosts.AddressB, Ipv4Repr.ProtocolTcp, (ushort)i, 0, false, segment));
        }
        Assert.True(net.B.Sockets.CookiesSent > 0);
        int client = net.A.TcpOpen();
        net.A.TcpConnect(client, TwoHosts.AddressB, Port);
        // ARP, SYN, cookie SYN-ACK, ACK: well under a second, with no retransmission.
        Assert.True(net.RunUntil(() => net.A.TcpStateOf(client) == TcpState.Established && net.B.TcpReadiness(listener) != 0, 500));
        int server = net.B.TcpAccept(listener);
        Assert.True(server >= 0);
        net.B.TcpSend(server, new byte[] { 42 });
        var received = new byte[4];
        Assert.True(net.RunUntil(() => net.A.TcpReceive(client, received) == 1, 2000));
        Assert.Equal(42, received[0]);
    }

    [Fact]
    public void AWrongCookieIsRejectedWithReset()
    {
        var peer = new RawPeer();
        Listen(peer.Stack, 1);
        Flood(peer, 3, 4);
        TcpRepr synAck = Syn(peer, 40001, 5000);
        peer.SendTcp(40001, Port, TcpFlags.Ack, 5001, synAck.Sequence + 2);
        Assert.Equal(1, peer.Stack.Sockets.CookiesRejected);
        Assert.Equal(0, peer.Stack.Sockets.CookiesAccepted);
        Assert.Equal(TcpFlags.Rst, peer.Last.Tcp.Flags);
        Assert.Equal(synAck.Sequence + 2, peer.Last.Tcp.Sequence);
    }

    [Fact]
    public void AnExpiredCookieIsRejected()
    {
        var peer = new RawPeer();
        Listen(peer.Stack, 1);
        Flood(peer, 3, 5);
        TcpRepr synAck = Syn(peer, 40002, 7000);
        peer.Clock.NowMs += 2 * SynCookies.TickMs + 1;
        peer.SendTcp(40002, Port, TcpFlags.Ack, 7001, synAck.Sequence + 1);
        Assert.Equal(1, peer.Stack.Sockets.CookiesRejected);
        Assert.Equal(0, peer.Stack.Sockets.CookiesAccepted);
    }

    [Fact]
    public void AStrayAckAtQuietTimesIsAnOrdinaryReset()
    {
        var peer = new RawPeer();
        Listen(peer.Stack, 4);
        peer.SendTcp(40003, Port, TcpFlags.Ack, 1, 2);
        Assert.Equal(TcpFlags.Rst, peer.Last.Tcp.Flags);
        Assert.Equal(0, peer.Stack.Sockets.CookiesRejected); // no cookie was ever sent
    }

    [Fact]
    public void AValidCookieFindingTheAcceptQueueFullIsDroppedUntilItFits()
    {
        var peer = new RawPeer();
        int listener = Listen(peer.Stack, 1);
        Flood(peer, 1, 6);                                 // one half-open fills the backlog
        TcpRepr first = Syn(peer, 40010, 100);
        TcpRepr second = Syn(peer, 40011, 200);
        peer.SendTcp(40010, Port, TcpFlags.Ack, 101, first.Sequence + 1);
        peer.Segments.Clear();
        peer.SendTcp(40011, Port, TcpFlags.Ack, 201, second.Sequence + 1);
        Assert.Equal(1, peer.Stack.Sockets.CookiesDropped);
        Assert.Empty(peer.Segments);                       // silent: the client will retransmit
        Assert.True(peer.Stack.TcpAccept(listener) >= 0);  // room again
        peer.SendTcp(40011, Port, TcpFlags.Ack | TcpFlags.Psh, 201, second.Sequence + 1, new byte[] { 9 });
        Assert.Equal(2, peer.Stack.Sockets.CookiesAccepted);
        Assert.True(peer.Stack.TcpAccept(listener) >= 0);
    }

    [Fact]
    public void WithTheTableFullOfStaleHalfOpenConnectionsACookieEvictsTheOldest()
    {
        var peer = new RawPeer(tcpCapacity: 4);
        int listener = Listen(peer.Stack, 8);               // backlog larger than the table
        Flood(peer, 3, 7);                                  // 3 half-open fill the other slots
        Assert.Equal(4, peer.Stack.Sockets.TcpInUse);
        peer.SendTcp(40019, Port, TcpFlags.Syn, 250, 0);
        Assert.Equal(TcpFlags.Rst | TcpFlags.Ack, peer.Last.Tcp.Flags); // young half-open ones: refused
        Assert.Equal(0, peer.Stack.Sockets.CookiesSent);
        peer.Advance(3 * TcpSocket.InitialRtoMs + 100);      // their SYN-ACKs went out thrice: stale
        TcpRepr synAck = Syn(peer, 40020, 300);             // no slot, but stale half-open ones: cookie
        Assert.Equal(1, peer.Stack.Sockets.CookiesSent);
        peer.SendTcp(40020, Port, TcpFlags.Ack, 301, synAck.Sequence + 1);
        Assert.Equal(1, peer.Stack.Sockets.HalfOpenEvicted);
        Assert.Equal(1, peer.Stack.Sockets.CookiesAccepted);
        Assert.True(peer.Stack.TcpAccept(listener) >= 0);
    }

    [Fact]
    public void WithEverySlotHoldingALiveConnectionASynIsRefusedWithoutACookie()
    {
        var peer = new RawPeer(tcpCapacity: 3);
        int listener = Listen(peer.Stack, 8);
        for (ushort port = 40030; port < 40032; port++)
        {
            TcpRepr synAck = Syn(peer, port, 400);
            peer.SendTcp(port, Port, TcpFlags.Ack, 401, synAck.Sequence + 1);
            Assert.True(peer.Stack.TcpAccept(listener) >= 0);
        }
        peer.Segments.Clear();
        peer.SendTcp(40035, Port, TcpFlags.Syn, 500, 0);
        Assert.Equal(TcpFlags.Rst | TcpFlags.Ack, peer.Last.Tcp.Flags);
        Assert.Equal(1, peer.Stack.Sockets.ConnectionsRefused);
        Assert.Equal(0, peer.Stack.Sockets.CookiesSent);
    }

    [Fact]
    public void AfterTheFloodAStaleHalfOpenGivesItsPlaceAndALostAckIsRecovered()
    {
        var peer = new RawPeer();
        int listener = Listen(peer.Stack, 4);
        Flood(peer, 4, 8);                                  // four half-open fill the backlog
        peer.Advance(3 * TcpSocket.InitialRtoMs + 100);     // and go stale
        TcpRepr synAck = Syn(peer, 40040, 600);
        Assert.Equal(0, peer.Stack.Sockets.CookiesSent);    // a real half-open connection, no cookie
        Assert.Equal(1, peer.Stack.Sockets.HalfOpenEvicted);
        // The client's ACK is lost; it waits silently for the server to speak (as a telnet
        // server's client may). The SYN-ACK comes again, and this time the ACK gets through.
        peer.Segments.Clear();
        peer.Advance(TcpSocket.InitialRtoMs + 100);
        Assert.Contains(peer.Segments, s => s.Tcp.Flags == (TcpFlags.Syn | TcpFlags.Ack) && s.Tcp.Sequence == synAck.Sequence);
        peer.SendTcp(40040, Port, TcpFlags.Ack, 601, synAck.Sequence + 1);
        int connection = peer.Stack.TcpAccept(listener);
        Assert.True(connection >= 0, $"accept gave {connection}");
        Assert.Equal(TcpState.Established, peer.Stack.TcpStateOf(connection));
    }
}
