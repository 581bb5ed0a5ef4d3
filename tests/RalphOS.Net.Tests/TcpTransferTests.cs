// TCP end to end over the seeded lossy link: bulk transfer in both directions, and the
// promise that close delivers everything queued before the FIN.
using System;
using RalphOS.Net.Tcp;
using RalphOS.Net.Tests.Support;
using Xunit;

namespace RalphOS.Net.Tests;

public class TcpTransferTests
{
    const int OneMegabyte = 1 << 20;

    /// <summary>Opens a connection from A to B:port and returns (client, server) handles.</summary>
    internal static (int Client, int Server) Connect(TwoHosts net, ushort port)
    {
        int listener = net.B.TcpOpen();
        Assert.Equal(0, net.B.TcpListen(listener, port, 8));
        int client = net.A.TcpOpen();
        Assert.Equal(0, net.A.TcpConnect(client, TwoHosts.AddressB, port));
        int server = -1;
        Assert.True(net.RunUntil(() => (server = net.B.TcpAccept(listener)) >= 0
            && net.A.TcpStateOf(client) == TcpState.Established, 60000));
        net.B.TcpClose(listener);
        return (client, server);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void OneMegabyteBothWaysOverLossyLink(int seed)
    {
        var net = new TwoHosts(seed, faultRate: 0.10);
        var (client, server) = Connect(net, 7000);
        byte[] up = Bytes.Pattern(OneMegabyte, seed);
        byte[] down = Bytes.Pattern(OneMegabyte, seed + 100);
        var a = new StreamPeer(net.A, client, up, closeWhenSent: true);
        var b = new StreamPeer(net.B, server, down, closeWhenSent: true);
        Assert.True(net.RunUntil(() => { a.Step(); b.Step(); return a.EndOfStream && b.EndOfStream; }, 3_600_000));
        Assert.Equal(up.Length, b.Received.Count);
        Assert.Equal(down.Length, a.Received.Count);
        Assert.True(up.AsSpan().SequenceEqual(b.Received.ToArray()));
        Assert.True(down.AsSpan().SequenceEqual(a.Received.ToArray()));
        Assert.True(net.Link.Dropped > 100 && net.Link.Duplicated > 100 && net.Link.Reordered > 100);
        net.RunFor(TcpSocket.TimeWaitMs + 10_000); // both ends finish closing despite the losses
        Assert.Equal(0, net.A.Sockets.TcpInUse);
        Assert.Equal(0, net.B.Sockets.TcpInUse);
    }

    [Fact]
    public void CloseDeliversAllQueuedDataBeforeFin()
    {
        var net = new TwoHosts(3, faultRate: 0.05);
        var (client, server) = Connect(net, 7001);
        byte[] data = Bytes.Pattern(TcpSocket.DefaultBufferSize, 7);
        Assert.Equal(data.Length, net.A.TcpSend(client, data)); // fills the whole send buffer
        Assert.Equal(0, net.A.TcpClose(client));                // close at once: data still queued
        var b = new StreamPeer(net.B, server, null, closeWhenSent: true);
        Assert.True(net.RunUntil(() => { b.Step(); return b.EndOfStream; }, 600_000));
        Assert.True(data.AsSpan().SequenceEqual(b.Received.ToArray()));
    }

    /// <summary>Both sides send, half-close when done, and read slowly (700 bytes every 5 or
    /// 20 ms), so windows close and reopen all the time under losses.</summary>
    [Theory]
    [InlineData(101, 0.05)]
    [InlineData(102, 0.2)]
    [InlineData(103, 0.2)]
    public void SlowReadersWithHalfCloseOverLossyLink(int seed, double faults)
    {
        var net = new TwoHosts(seed, faults);
        var (client, server) = Connect(net, 7002);
        byte[] up = Bytes.Pattern(200_000, seed);
        byte[] down = Bytes.Pattern(150_000, seed + 1);
        var a = new SlowPeer(net, net.A, client, up, 5);
        var b = new SlowPeer(net, net.B, server, down, 20);
        Assert.True(net.RunUntil(() => { a.Step(); b.Step(); return a.EndOfStream && b.EndOfStream; }, 3_600_000, 5));
        Assert.Equal(0, a.Error);
        Assert.Equal(0, b.Error);
        Assert.True(up.AsSpan().SequenceEqual(b.Received.ToArray()));
        Assert.True(down.AsSpan().SequenceEqual(a.Received.ToArray()));
    }

    sealed class SlowPeer
    {
        readonly TwoHosts _net;
        readonly Iface.NetStack _stack;
        readonly int _handle, _intervalMs;
        readonly byte[] _out;
        readonly byte[] _buffer = new byte[700];
        int _sent;
        long _nextRead;
        bool _shut;
        public readonly System.Collections.Generic.List<byte> Received = new();
        public bool EndOfStream;
        public int Error;

        public SlowPeer(TwoHosts net, Iface.NetStack stack, int handle, byte[] outgoing, int intervalMs)
        {
            _net = net; _stack = stack; _handle = handle; _out = outgoing; _intervalMs = intervalMs;
        }

        public void Step()
        {
            if (_sent < _out.Length)
            {
                int n = _stack.TcpSend(_handle, _out.AsSpan(_sent, Math.Min(3000, _out.Length - _sent)));
                if (n > 0) _sent += n;
            }
            else if (!_shut) { _stack.TcpShutdown(_handle); _shut = true; }
            if (EndOfStream || _net.Clock.NowMs < _nextRead) return;
            int r = _stack.TcpReceive(_handle, _buffer);
            if (r > 0) { Received.AddRange(_buffer[..r]); _nextRead = _net.Clock.NowMs + _intervalMs; }
            else if (r == 0) EndOfStream = true;
            else if (r < -1) { Error = r; EndOfStream = true; }
        }
    }

    [Fact]
    public void DataReceivedBeforeTheConnectionClosedStaysReadable()
    {
        var net = new TwoHosts(31);
        var (client, server) = Connect(net, 7003);
        byte[] data = Bytes.Pattern(1000, 31);
        net.A.TcpSend(client, data);
        net.A.TcpClose(client);
        Assert.True(net.RunUntil(() => net.B.TcpStateOf(server) == TcpState.CloseWait, 5000));
        net.B.TcpShutdown(server);                                   // LAST-ACK, then CLOSED
        Assert.True(net.RunUntil(() => net.B.TcpStateOf(server) == TcpState.Closed, 5000));
        var buffer = new byte[2000];
        Assert.Equal(1000, net.B.TcpReceive(server, buffer));        // nothing was read before
        Assert.Equal(data, buffer[0..1000]);
        Assert.Equal(0, net.B.TcpReceive(server, buffer));
    }
}
