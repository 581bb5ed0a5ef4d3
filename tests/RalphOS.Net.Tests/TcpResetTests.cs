// RST rules: RFC 9293 3.10.7.1 (no connection), 3.10.7.3 and RFC 5961 (acceptability and
// challenge ACKs), and RST during SYN-RECEIVED, with segments crafted by RawPeer.
using RalphOS.Net.Sockets;
using RalphOS.Net.Tcp;
using RalphOS.Net.Tests.Support;
using RalphOS.Net.Wire;
using Xunit;

namespace RalphOS.Net.Tests;

public class TcpResetTests
{
    [Fact]
    public void SynToClosedPortGetsResetAndConnectIsRefused()
    {
        var net = new TwoHosts(5);
        int client = net.A.TcpOpen();
        net.A.TcpConnect(client, TwoHosts.AddressB, 4444);
        Assert.True(net.RunUntil(() => net.A.TcpStateOf(client) == TcpState.Closed, 5000));
        Assert.Equal(1, net.B.Sockets.ResetsSent);
        Assert.Equal((int)SocketResult.Refused, net.A.TcpReceive(client, new byte[10]));
    }

    [Fact]
    public void ClosedPortResetFollowsRfcSequenceRules()
    {
        var peer = new RawPeer();
        peer.SendTcp(1234, 9, TcpFlags.Syn, 5000, 0);
        var (rst, _) = peer.Last;
        Assert.Equal(TcpFlags.Rst | TcpFlags.Ack, rst.Flags);
        Assert.Equal(0u, rst.Sequence);
        Assert.Equal(5001u, rst.Acknowledgment);
        peer.SendTcp(1234, 9, TcpFlags.Ack, 5001, 777);
        Assert.Equal(TcpFlags.Rst, peer.Last.Tcp.Flags);
        Assert.Equal(777u, peer.Last.Tcp.Sequence);
        int count = peer.Segments.Count;
        peer.SendTcp(1234, 9, TcpFlags.Rst, 5001, 0); // never answer a RST
        Assert.Equal(count, peer.Segments.Count);
    }

    static (int Listener, uint Iss) OpenHalfway(RawPeer peer, ushort port)
    {
        int listener = peer.Stack.TcpOpen();
        peer.Stack.TcpListen(listener, port, 4);
        peer.SendTcp(40000, port, TcpFlags.Syn, 1000, 0);
        var (synAck, _) = peer.Last;
        Assert.Equal(TcpFlags.Syn | TcpFlags.Ack, synAck.Flags);
        Assert.Equal(1001u, synAck.Acknowledgment);
        Assert.Equal(TcpSocket.LocalMss, synAck.MaxSegmentSize);
        return (listener, synAck.Sequence);
    }

    [Fact]
    public void ExactResetInSynReceivedDropsTheHalfOpenConnection()
    {
        var peer = new RawPeer();
        var (listener, _) = OpenHalfway(peer, 80);
        Assert.Equal(2, peer.Stack.Sockets.TcpInUse);
        peer.SendTcp(40000, 80, TcpFlags.Rst, 1001, 0);
        Assert.Equal(1, peer.Stack.Sockets.TcpInUse);
        Assert.Equal((int)SocketResult.WouldBlock, peer.Stack.TcpAccept(listener));
        Assert.Equal(TcpState.Listen, peer.Stack.TcpStateOf(listener));
    }

    [Fact]
    public void InWindowInexactResetGetsChallengeAckAndOutOfWindowResetIsIgnored()
    {
        var peer = new RawPeer();
        var (listener, iss) = OpenHalfway(peer, 80);
        peer.SendTcp(40000, 80, TcpFlags.Ack, 1001, iss + 1);
        int server = peer.Stack.TcpAccept(listener);
        Assert.True(server >= 0);
        int before = peer.Segments.Count;
        peer.SendTcp(40000, 80, TcpFlags.Rst, 1001 + 100, 0);        // in window, not exact
        Assert.Equal(TcpState.Established, peer.Stack.TcpStateOf(server));
        Assert.Equal(before + 1, peer.Segments.Count);
        Assert.Equal(TcpFlags.Ack, peer.Last.Tcp.Flags);              // challenge ACK
        Assert.Equal(1001u, peer.Last.Tcp.Acknowledgment);
        before = peer.Segments.Count;
        peer.SendTcp(40000, 80, TcpFlags.Rst, 1001 + 100000, 0);     // outside the window
        Assert.Equal(TcpState.Established, peer.Stack.TcpStateOf(server));
        peer.SendTcp(40000, 80, TcpFlags.Syn, 5, 0);                 // SYN in ESTABLISHED
        Assert.Equal(TcpState.Established, peer.Stack.TcpStateOf(server));
        Assert.Equal(TcpFlags.Ack, peer.Last.Tcp.Flags);
        peer.SendTcp(40000, 80, TcpFlags.Rst, 1001, 0);               // exact: reset
        Assert.Equal(TcpState.Closed, peer.Stack.TcpStateOf(server));
        Assert.Equal((int)SocketResult.Reset, peer.Stack.TcpReceive(server, new byte[4]));
    }

    [Fact]
    public void BadAckInSynReceivedIsAnsweredWithReset()
    {
        var peer = new RawPeer();
        var (_, iss) = OpenHalfway(peer, 80);
        peer.SendTcp(40000, 80, TcpFlags.Ack, 1001, iss + 50);
        Assert.Equal(TcpFlags.Rst, peer.Last.Tcp.Flags);
        Assert.Equal(iss + 50, peer.Last.Tcp.Sequence);
    }

    [Fact]
    public void DataSegmentsOutOfOrderAreReassembled()
    {
        var peer = new RawPeer();
        var (listener, iss) = OpenHalfway(peer, 80);
        peer.SendTcp(40000, 80, TcpFlags.Ack, 1001, iss + 1);
        int server = peer.Stack.TcpAccept(listener);
        byte[] data = Bytes.Pattern(300, 3);
        peer.SendTcp(40000, 80, TcpFlags.Ack, 1201, iss + 1, data[200..300]);
        peer.SendTcp(40000, 80, TcpFlags.Ack, 1101, iss + 1, data[100..200]);
        Assert.Equal(1001u, peer.Last.Tcp.Acknowledgment); // duplicate ACKs while the hole is open
        Assert.Equal((int)SocketResult.WouldBlock, peer.Stack.TcpReceive(server, new byte[400]));
        peer.SendTcp(40000, 80, TcpFlags.Ack, 1001, iss + 1, data[0..100]);
        Assert.Equal(1301u, peer.Last.Tcp.Acknowledgment);
        byte[] got = new byte[400];
        Assert.Equal(300, peer.Stack.TcpReceive(server, got));
        Assert.Equal(data, got[0..300]);
    }
}
