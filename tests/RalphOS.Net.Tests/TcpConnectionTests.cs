// TCP connection life cycle over the simulated link: many simultaneous connections, the
// table limit, TIME-WAIT, retransmission of SYN and FIN, zero-window probing, readiness.
using System;
using System.Collections.Generic;
using System.Text;
using RalphOS.Net.Iface;
using RalphOS.Net.Sockets;
using RalphOS.Net.Tcp;
using RalphOS.Net.Tests.Support;
using RalphOS.Net.Wire;
using Xunit;

namespace RalphOS.Net.Tests;

public class TcpConnectionTests
{
    [Fact]
    public void StateNumbersMatchTheSeedsSockState()
    {
        int[] expected = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        TcpState[] states = { TcpState.Closed, TcpState.Listen, TcpState.SynSent, TcpState.SynReceived, TcpState.Established,
            TcpState.FinWait1, TcpState.FinWait2, TcpState.CloseWait, TcpState.Closing, TcpState.LastAck, TcpState.TimeWait };
        for (int i = 0; i < states.Length; i++) Assert.Equal(expected[i], (int)states[i]);
    }

    [Fact]
    public void SeventyConnectionsAtOnceEachCarryTheirOwnData()
    {
        const int count = 70;
        var net = new TwoHosts(11, faultRate: 0.02);
        int listener = net.B.TcpOpen();
        Assert.Equal(0, net.B.TcpListen(listener, 8080, SocketTable.MaxBacklog));
        var clients = new int[count];
        for (int i = 0; i < count; i++)
        {
            clients[i] = net.A.TcpOpen();
            Assert.True(clients[i] >= 0);
            Assert.Equal(0, net.A.TcpConnect(clients[i], TwoHosts.AddressB, 8080));
        }
        var servers = new List<int>();
        Assert.True(net.RunUntil(() =>
        {
            int h;
            while ((h = net.B.TcpAccept(listener)) >= 0) servers.Add(h);
            return servers.Count == count;
        }, 120_000));
        for (int i = 0; i < count; i++) Assert.Equal(TcpState.Established, net.A.TcpStateOf(clients[i]));
        for (int i = 0; i < count; i++) net.A.TcpSend(clients[i], Encoding.ASCII.GetBytes("client " + i));
        var received = new HashSet<string>();
        var buffer = new byte[64];
        Assert.True(net.RunUntil(() =>
        {
            foreach (int s in servers)
            {
                int n = net.B.TcpReceive(s, buffer);
                if (n > 0) received.Add(Encoding.ASCII.GetString(buffer, 0, n));
            }
            return received.Count == count;
        }, 120_000));
        for (int i = 0; i < count; i++) Assert.Contains("client " + i, received);
    }

    [Fact]
    public void FullTableRefusesCleanly()
    {
        var net = new TwoHosts(12, tcpCapacity: 4);
        int listener = net.B.TcpOpen();
        net.B.TcpListen(listener, 80, 8);
        var clients = new int[4];
        for (int i = 0; i < 4; i++)
        {
            clients[i] = net.A.TcpOpen();
            net.A.TcpConnect(clients[i], TwoHosts.AddressB, 80);
        }
        Assert.Equal((int)SocketResult.NoSlots, net.A.TcpOpen()); // A's own table is full too
        net.RunUntil(() => false, 3000);
        int established = 0, refused = 0;
        for (int i = 0; i < 4; i++)
        {
            if (net.A.TcpStateOf(clients[i]) == TcpState.Established) established++;
            if (net.A.TcpReceive(clients[i], new byte[1]) == (int)SocketResult.Refused) refused++;
        }
        Assert.Equal(3, established); // B: one listener + three connections fill four slots
        Assert.Equal(1, refused);
        Assert.Equal(1, net.B.Sockets.ConnectionsRefused);
    }

    [Fact]
    public void ActiveCloserPassesTimeWaitWhichExpires()
    {
        var net = new TwoHosts(13);
        var (client, server) = TcpTransferTests.Connect(net, 81);
        net.A.TcpClose(client);
        Assert.True(net.RunUntil(() => net.A.TcpStateOf(client) == TcpState.FinWait2, 5000));
        Assert.Equal(TcpState.CloseWait, net.B.TcpStateOf(server));
        Assert.Equal(0, net.B.TcpReceive(server, new byte[1])); // end of stream
        net.B.TcpClose(server);
        Assert.True(net.RunUntil(() => net.A.TcpStateOf(client) == TcpState.TimeWait, 5000));
        Assert.True(net.RunUntil(() => net.B.Sockets.TcpInUse == 0, 5000)); // LAST-ACK done
        net.RunFor(TcpSocket.TimeWaitMs - 1000);
        Assert.Equal(TcpState.TimeWait, net.A.TcpStateOf(client));
        net.RunFor(2000);
        Assert.Equal(0, net.A.Sockets.TcpInUse);
    }

    static bool IsTcpWithFlag(byte[] frame, byte flag)
    {
        if (EthernetRepr.Parse(frame, out EthernetRepr eth) != WireResult.Ok || eth.EtherType != EthernetRepr.EtherTypeIpv4) return false;
        if (Ipv4Repr.Parse(frame.AsSpan(14), out Ipv4Repr ip) != WireResult.Ok || ip.Protocol != Ipv4Repr.ProtocolTcp) return false;
        return (frame[14 + ip.HeaderLength + TcpRepr.OffsetFlags] & flag) != 0;
    }

    [Fact]
    public void LostSynIsRetransmitted()
    {
        var net = new TwoHosts(14);
        int synsSeen = 0;
        net.Link.Filter = (side, frame) => !(side == 0 && IsTcpWithFlag(frame, TcpFlags.Syn) && ++synsSeen <= 2);
        var (client, _) = TcpTransferTests.Connect(net, 82);
        Assert.Equal(3, synsSeen);
        Assert.Equal(TcpState.Established, net.A.TcpStateOf(client));
    }

    [Fact]
    public void LostSynAckIsRetransmitted()
    {
        var net = new TwoHosts(15);
        int synAcks = 0;
        net.Link.Filter = (side, frame) => !(side == 1 && IsTcpWithFlag(frame, TcpFlags.Syn) && ++synAcks <= 2);
        var (client, _) = TcpTransferTests.Connect(net, 83);
        Assert.True(synAcks >= 3);
        Assert.Equal(TcpState.Established, net.A.TcpStateOf(client));
    }

    [Fact]
    public void LostFinIsRetransmitted()
    {
        var net = new TwoHosts(16);
        var (client, server) = TcpTransferTests.Connect(net, 84);
        int fins = 0;
        net.Link.Filter = (side, frame) => !(side == 0 && IsTcpWithFlag(frame, TcpFlags.Fin) && ++fins <= 2);
        net.A.TcpSend(client, Encoding.ASCII.GetBytes("bye"));
        net.A.TcpClose(client);
        var buffer = new byte[16];
        var got = new List<byte>();
        Assert.True(net.RunUntil(() =>
        {
            int n = net.B.TcpReceive(server, buffer);
            for (int i = 0; i < n; i++) got.Add(buffer[i]);
            return n == 0;
        }, 20_000));
        Assert.Equal("bye", Encoding.ASCII.GetString(got.ToArray()));
        Assert.Equal(3, fins);
    }

    [Fact]
    public void ZeroWindowIsProbedAndRecovers()
    {
        var net = new TwoHosts(17);
        var (client, server) = TcpTransferTests.Connect(net, 85);
        byte[] data = Bytes.Pattern(3 * TcpSocket.DefaultBufferSize, 17);
        int sent = 0;
        // B does not read: its window closes and A's buffer fills.
        net.RunUntil(() =>
        {
            int n = net.A.TcpSend(client, data.AsSpan(sent));
            if (n > 0) sent += n;
            return false;
        }, 2000);
        Assert.Equal(TcpSocket.DefaultBufferSize, net.B.Sockets.TcpAt(server).BytesToRead);
        int probes = 0;
        net.Link.Filter = (side, frame) => { if (side == 0 && IsTcpWithFlag(frame, TcpFlags.Ack)) probes++; return true; };
        net.RunFor(120_000); // two minutes of zero window must not kill the connection
        Assert.True(probes >= 3, "probes: " + probes);
        Assert.Equal(TcpState.Established, net.A.TcpStateOf(client));
        var got = new List<byte>();
        var buffer = new byte[4096];
        Assert.True(net.RunUntil(() =>
        {
            if (sent < data.Length) { int n = net.A.TcpSend(client, data.AsSpan(sent)); if (n > 0) sent += n; }
            int r;
            while ((r = net.B.TcpReceive(server, buffer)) > 0) for (int i = 0; i < r; i++) got.Add(buffer[i]);
            return got.Count == data.Length;
        }, 120_000));
        Assert.True(data.AsSpan().SequenceEqual(got.ToArray()));
    }

    sealed class RecordingWaker : ISocketWaker
    {
        public readonly List<(SocketKind Kind, int Handle, int Events)> Calls = new();
        public void Wake(SocketKind kind, int handle, int events) => Calls.Add((kind, handle, events));
        public bool Saw(int handle, int bit) => Calls.Exists(c => c.Handle == handle && (c.Events & bit) != 0);
    }

    [Fact]
    public void WakerReportsAcceptConnectReadAndClose()
    {
        var net = new TwoHosts(18);
        var wakerA = new RecordingWaker();
        var wakerB = new RecordingWaker();
        net.A.Waker = wakerA;
        net.B.Waker = wakerB;
        int listener = net.B.TcpOpen();
        net.B.TcpListen(listener, 86, 4);
        int client = net.A.TcpOpen();
        net.A.TcpConnect(client, TwoHosts.AddressB, 86);
        Assert.Equal(SocketEvents.None, net.B.TcpReadiness(listener) & SocketEvents.Acceptable);
        Assert.True(net.RunUntil(() => wakerB.Saw(listener, SocketEvents.Acceptable), 5000));
        Assert.True(wakerA.Saw(client, SocketEvents.Connected));
        Assert.NotEqual(0, net.B.TcpReadiness(listener) & SocketEvents.Acceptable);
        int server = net.B.TcpAccept(listener);
        Assert.Equal(0, net.B.TcpReadiness(server) & SocketEvents.Readable);
        net.A.TcpSend(client, new byte[] { 1, 2, 3 });
        Assert.True(net.RunUntil(() => wakerB.Saw(server, SocketEvents.Readable), 5000));
        Assert.NotEqual(0, net.B.TcpReadiness(server) & SocketEvents.Readable);
        net.A.TcpAbort(client);
        Assert.True(net.RunUntil(() => wakerB.Saw(server, SocketEvents.Closed), 5000));
    }

    [Fact]
    public void FullBacklogDefersTheSynUntilTheApplicationAccepts()
    {
        var net = new TwoHosts(19);
        int listener = net.B.TcpOpen();
        net.B.TcpListen(listener, 87, 2);
        var clients = new int[3];
        for (int i = 0; i < 3; i++)
        {
            clients[i] = net.A.TcpOpen();
            net.A.TcpConnect(clients[i], TwoHosts.AddressB, 87);
            net.RunFor(50);
        }
        Assert.Equal(TcpState.Established, net.A.TcpStateOf(clients[0]));
        Assert.Equal(TcpState.Established, net.A.TcpStateOf(clients[1]));
        Assert.Equal(TcpState.SynSent, net.A.TcpStateOf(clients[2])); // no answer, no refusal
        Assert.True(net.B.Sockets.SynsDeferred >= 1);
        Assert.Equal(0, net.B.Sockets.ResetsSent);
        Assert.True(net.B.TcpAccept(listener) >= 0);               // frees one backlog place
        Assert.True(net.RunUntil(() => net.A.TcpStateOf(clients[2]) == TcpState.Established, 10_000));
    }

    [Fact]
    public void SimultaneousCloseGoesThroughClosingToTimeWait()
    {
        var net = new TwoHosts(20);
        var (client, server) = TcpTransferTests.Connect(net, 88);
        net.A.TcpShutdown(client);
        net.B.TcpShutdown(server);   // both FINs cross on the wire
        Assert.Equal(TcpState.FinWait1, net.A.TcpStateOf(client));
        Assert.True(net.RunUntil(() => net.A.TcpStateOf(client) == TcpState.TimeWait
            && net.B.TcpStateOf(server) == TcpState.TimeWait, 5000));
        Assert.Equal(0, net.A.TcpReceive(client, new byte[1]));
        net.A.TcpClose(client);
        net.B.TcpClose(server);
        net.RunFor(TcpSocket.TimeWaitMs + 100);
        Assert.Equal(0, net.A.Sockets.TcpInUse);
        Assert.Equal(0, net.B.Sockets.TcpInUse);
    }

    [Fact]
    public void SendAfterCloseAndCallsOnBadHandlesFailCleanly()
    {
        var net = new TwoHosts(21);
        var (client, server) = TcpTransferTests.Connect(net, 89);
        net.A.TcpShutdown(client);
        Assert.Equal((int)SocketResult.Closed, net.A.TcpSend(client, new byte[1]));
        Assert.Equal((int)SocketResult.InvalidHandle, net.A.TcpSend(999, new byte[1]));
        Assert.Equal((int)SocketResult.InvalidHandle, net.A.TcpReceive(-5, new byte[1]));
        Assert.Equal((int)SocketResult.InvalidState, net.A.TcpAccept(client));
        Assert.Equal(TcpState.Closed, net.A.TcpStateOf(12345));
        Assert.Equal(0, net.B.TcpListen(net.B.TcpOpen(), 90, 1));
        Assert.Equal((int)SocketResult.AddressInUse, net.B.TcpListen(net.B.TcpOpen(), 90, 1));
        Assert.Equal(TcpState.Established, net.B.TcpStateOf(server));
    }
}
