// Retransmission timing with crafted peers: RFC 6298 exponential backoff of the SYN and the
// give-up limit, and RFC 5681 fast retransmit on the third duplicate ACK.
using System.Collections.Generic;
using RalphOS.Net.Sockets;
using RalphOS.Net.Tcp;
using RalphOS.Net.Tests.Support;
using RalphOS.Net.Wire;
using Xunit;

namespace RalphOS.Net.Tests;

public class TcpRetransmitTests
{
    [Fact]
    public void UnansweredSynBacksOffExponentiallyThenTimesOut()
    {
        var peer = new RawPeer();
        int client = peer.Stack.TcpOpen();
        peer.Stack.TcpConnect(client, RawPeer.PeerIp, 9999);
        peer.Pump();
        var times = new List<long> { peer.Clock.NowMs };
        Assert.True(peer.Last.Tcp.Has(TcpFlags.Syn));
        int seen = peer.Segments.Count;
        for (int step = 0; step < 200_000 && peer.Stack.TcpStateOf(client) != TcpState.Closed; step += 10)
        {
            peer.Advance(10);
            for (; seen < peer.Segments.Count; seen++)
                if (peer.Segments[seen].Tcp.Has(TcpFlags.Syn)) times.Add(peer.Clock.NowMs);
        }
        for (; seen < peer.Segments.Count; seen++)
            if (peer.Segments[seen].Tcp.Has(TcpFlags.Syn)) times.Add(peer.Clock.NowMs);
        Assert.True(1 + TcpSocket.MaxSynRetries == times.Count, string.Join(",", times));
        for (int i = 1; i < times.Count; i++)
        {
            long gap = times[i] - times[i - 1];
            long expected = (long)TcpSocket.InitialRtoMs << (i - 1);
            Assert.InRange(gap, expected - 10, expected + 10);
        }
        Assert.Equal(TcpState.Closed, peer.Stack.TcpStateOf(client));
        Assert.Equal((int)SocketResult.TimedOut, peer.Stack.TcpReceive(client, new byte[1]));
    }

    [Fact]
    public void ThirdDuplicateAckTriggersFastRetransmit()
    {
        var peer = new RawPeer();
        int listener = peer.Stack.TcpOpen();
        peer.Stack.TcpListen(listener, 80, 4);
        peer.SendTcp(40000, 80, TcpFlags.Syn, 1000, 0);
        uint iss = peer.Last.Tcp.Sequence;
        peer.SendTcp(40000, 80, TcpFlags.Ack, 1001, iss + 1);
        int server = peer.Stack.TcpAccept(listener);
        Assert.Equal(3 * 1460, peer.Stack.TcpSend(server, Bytes.Pattern(3 * 1460, 1)));
        peer.Pump();
        int dataSegments = peer.Segments.FindAll(s => s.Payload.Length > 0).Count;
        Assert.Equal(3, dataSegments);
        peer.SendTcp(40000, 80, TcpFlags.Ack, 1001, iss + 1 + 1460); // first segment arrived
        for (int i = 0; i < 2; i++) peer.SendTcp(40000, 80, TcpFlags.Ack, 1001, iss + 1 + 1460);
        Assert.Equal(3, peer.Segments.FindAll(s => s.Payload.Length > 0).Count); // two duplicates: nothing yet
        peer.SendTcp(40000, 80, TcpFlags.Ack, 1001, iss + 1 + 1460);              // third duplicate
        var (last, payload) = peer.Segments.FindLast(s => s.Payload.Length > 0);
        Assert.Equal(iss + 1 + 1460, last.Sequence);                             // resent without a timeout
        Assert.Equal(1460, payload.Length);
    }
}
