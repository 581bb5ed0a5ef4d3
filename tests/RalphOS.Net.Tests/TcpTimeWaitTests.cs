// TIME-WAIT under load: the server side of short request/response connections (the TODO
// app's pattern) closes first and so holds every finished connection in TIME-WAIT, far
// more than the table has slots. Slots are recycled oldest first, never before the final
// ACK went out, and a client that reuses its port reopens the connection directly from
// TIME-WAIT (RFC 1122 4.2.2.13).
using System.Collections.Generic;
using System.Text;
using RalphOS.Net.Tcp;
using RalphOS.Net.Tests.Support;
using RalphOS.Net.Wire;
using Xunit;

namespace RalphOS.Net.Tests;

public class TcpTimeWaitTests
{
    const ushort Port = 80;

    /// <summary>Opens a connection from clientPort, lets the server send "hi" and close first,
    /// and acknowledges data and FIN; the server is then in FIN-WAIT-2. Returns the sequence
    /// number the peer's own FIN will carry and the server's next sequence number.</summary>
    static (uint PeerFinSeq, uint ServerNext) OpenAndLetServerClose(RawPeer peer, int listener, ushort clientPort, uint clientIss)
    {
        peer.SendTcp(clientPort, Port, TcpFlags.Syn, clientIss, 0);
        uint serverIss = peer.Last.Tcp.Sequence;
        peer.SendTcp(clientPort, Port, TcpFlags.Ack, clientIss + 1, serverIss + 1);
        int handle = peer.Stack.TcpAccept(listener);
        Assert.True(handle >= 0);
        Assert.Equal(2, peer.Stack.TcpSend(handle, Encoding.ASCII.GetBytes("hi")));
        peer.Stack.TcpClose(handle);
        peer.Pump();
        uint serverNext = serverIss + 1 + 2 + 1; // SYN, "hi", FIN
        peer.SendTcp(clientPort, Port, TcpFlags.Ack, clientIss + 1, serverNext);
        return (clientIss + 1, serverNext);
    }

    static bool Acknowledged(RawPeer peer, ushort clientPort, uint ack)
    {
        foreach (var (tcp, _) in peer.Segments)
            if (tcp.DestinationPort == clientPort && tcp.Flags == TcpFlags.Ack && tcp.Acknowledgment == ack) return true;
        return false;
    }

    [Fact]
    public void FullTableRecyclesTheOldestTimeWaitAndKeepsTheFreshOnesFinalAck()
    {
        var peer = new RawPeer(tcpCapacity: 3); // the listener and two connections
        int listener = peer.Stack.TcpOpen();
        peer.Stack.TcpListen(listener, Port, 4);
        var (finX, serverX) = OpenAndLetServerClose(peer, listener, 40001, 1000); // slot 1
        var (finY, serverY) = OpenAndLetServerClose(peer, listener, 40002, 5000); // slot 2

        // Y closes first and is the older TIME-WAIT, with its final ACK sent.
        peer.SendTcp(40002, Port, TcpFlags.Fin | TcpFlags.Ack, finY, serverY);
        Assert.True(Acknowledged(peer, 40002, finY + 1));
        peer.Advance(100);

        // X's FIN and a new client's SYN arrive together: the new connection needs a slot.
        peer.Segments.Clear();
        peer.SendTcp(40001, Port, TcpFlags.Fin | TcpFlags.Ack, finX, serverX, pump: false);
        peer.SendTcp(40003, Port, TcpFlags.Syn, 9000, 0, pump: false);
        peer.Pump();

        Assert.True(Acknowledged(peer, 40001, finX + 1), "X's final ACK was lost to the recycled slot");
        Assert.Contains(peer.Segments, s => s.Tcp.DestinationPort == 40003 && s.Tcp.Flags == (TcpFlags.Syn | TcpFlags.Ack));
        Assert.Equal(0, peer.Stack.Sockets.ResetsSent);
    }

    [Fact]
    public void NewSynOnATimeWaitFourTupleReopensTheConnection()
    {
        var peer = new RawPeer();
        int listener = peer.Stack.TcpOpen();
        peer.Stack.TcpListen(listener, Port, 4);
        var (fin, serverNext) = OpenAndLetServerClose(peer, listener, 40010, 1000);
        peer.SendTcp(40010, Port, TcpFlags.Fin | TcpFlags.Ack, fin, serverNext);
        Assert.True(Acknowledged(peer, 40010, fin + 1));

        peer.SendTcp(40010, Port, TcpFlags.Syn, 700_000, 0);
        var (synAck, _) = peer.Last;
        Assert.Equal(TcpFlags.Syn | TcpFlags.Ack, synAck.Flags);
        Assert.Equal(700_001u, synAck.Acknowledgment);
        Assert.True(SeqNumber.Gt(synAck.Sequence, serverNext + 65536), "the new ISS must lie beyond the old connection");
        Assert.Equal(1, peer.Stack.Sockets.ConnectionsReopened);
        peer.SendTcp(40010, Port, TcpFlags.Ack, 700_001, synAck.Sequence + 1);
        Assert.True(peer.Stack.TcpAccept(listener) >= 0);
    }

    [Fact]
    public void OldDuplicateSynInTimeWaitOnlyGetsAnAck()
    {
        var peer = new RawPeer();
        int listener = peer.Stack.TcpOpen();
        peer.Stack.TcpListen(listener, Port, 4);
        var (fin, serverNext) = OpenAndLetServerClose(peer, listener, 40020, 1000);
        peer.SendTcp(40020, Port, TcpFlags.Fin | TcpFlags.Ack, fin, serverNext);
        peer.Segments.Clear();

        peer.SendTcp(40020, Port, TcpFlags.Syn, 1000, 0); // the first connection's SYN, replayed
        Assert.DoesNotContain(peer.Segments, s => (s.Tcp.Flags & TcpFlags.Syn) != 0);
        Assert.True(Acknowledged(peer, 40020, fin + 1));
        Assert.Equal(0, peer.Stack.Sockets.ConnectionsReopened);
    }

    [Fact]
    public void FourHundredShortConnectionsFromEightClientsAllCloseCleanly()
    {
        var net = new TwoHosts(31);
        int listener = net.B.TcpOpen();
        Assert.Equal(0, net.B.TcpListen(listener, 8080, 8));
        const int total = 400, concurrent = 8;
        byte[] request = Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\n\r\n");
        byte[] response = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        var clients = new List<int>();
        var servers = new List<int>();
        int started = 0, finished = 0;
        var buffer = new byte[256];

        bool Step()
        {
            while (clients.Count < concurrent && started < total)
            {
                int c = net.A.TcpOpen();
                net.A.TcpConnect(c, TwoHosts.AddressB, 8080);
                net.A.TcpSend(c, request);
                clients.Add(c);
                started++;
            }
            int h;
            while ((h = net.B.TcpAccept(listener)) >= 0) servers.Add(h);
            for (int i = servers.Count - 1; i >= 0; i--)
            {
                if (net.B.TcpReceive(servers[i], buffer) <= 0) continue;
                net.B.TcpSend(servers[i], response); // the server answers and closes first
                net.B.TcpClose(servers[i]);
                servers.RemoveAt(i);
            }
            for (int i = clients.Count - 1; i >= 0; i--)
            {
                int n = net.A.TcpReceive(clients[i], buffer);
                if (n != 0) continue; // still waiting, or data (the response) to drain first
                net.A.TcpClose(clients[i]);
                clients.RemoveAt(i);
                finished++;
            }
            return finished == total;
        }

        Assert.True(net.RunUntil(Step, 120_000, maxStepMs: 5), $"{finished} of {total} finished");
        // Every client's LAST-ACK is answered by the server's final ACK, so no client is left
        // retransmitting its FIN and nobody needs a RST to clean up.
        Assert.True(net.RunUntil(() => net.A.Sockets.TcpInUse == 0, 2000), $"{net.A.Sockets.TcpInUse} client sockets left");
        Assert.Equal(0, net.B.Sockets.ResetsSent);
        Assert.Equal(0, net.A.Sockets.ResetsSent);
    }
}
