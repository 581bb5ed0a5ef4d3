// NetStack.Sockets: the socket API the kernel, telnet, BASIC and programs use. All calls are
// non-blocking: a non-negative result is a handle or byte count, a negative one a
// SocketResult (WouldBlock: wait for the ISocketWaker event, no polling loop). Calls that can
// produce output send it at once, so a task need not wait for the next Poll.
using System;
using RalphOS.Net.Icmp;
using RalphOS.Net.Sockets;
using RalphOS.Net.Tcp;
using RalphOS.Net.Udp;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Iface;

public sealed partial class NetStack
{
    public int TcpOpen() => _sockets.TcpOpen();

    public int TcpListen(int handle, ushort port, int backlog) =>
        _sockets.TcpListen(handle, Ipv4Address.Any, port, backlog);

    public int TcpAccept(int handle) => _sockets.TcpAccept(handle);

    public int TcpConnect(int handle, Ipv4Address remoteIp, ushort remotePort)
    {
        int r = _sockets.TcpConnect(handle, _config.Address, remoteIp, remotePort, _clock.NowMs);
        Flush();
        return r;
    }

    public int TcpSend(int handle, ReadOnlySpan<byte> data)
    {
        int r = _sockets.TcpSend(handle, data);
        if (r > 0) Flush();
        return r;
    }

    public int TcpReceive(int handle, Span<byte> destination)
    {
        int r = _sockets.TcpReceive(handle, destination);
        if (r > 0) Flush(); // may owe the peer a window update
        return r;
    }

    public int TcpClose(int handle)
    {
        int r = _sockets.TcpClose(handle, _clock.NowMs, this);
        Flush();
        return r;
    }

    /// <summary>Half close: FIN after queued data, keep reading until end of stream.</summary>
    public int TcpShutdown(int handle)
    {
        int r = _sockets.TcpShutdown(handle);
        Flush();
        return r;
    }

    public int TcpAbort(int handle) => _sockets.TcpAbort(handle, this);

    /// <summary>The seed's SOCKSTATE numbers: 0 Closed ... 10 TimeWait.</summary>
    public TcpState TcpStateOf(int handle) => _sockets.TcpStateOf(handle);

    /// <summary>SocketEvents bits that hold now (check before blocking to avoid a lost wakeup).</summary>
    public int TcpReadiness(int handle) => _sockets.TcpReadiness(handle);

    public int UdpOpen() => _sockets.UdpOpen();
    public int UdpBind(int handle, ushort port) => _sockets.UdpBind(handle, port);
    public int UdpClose(int handle) => _sockets.UdpClose(handle);
    public int UdpReadiness(int handle) => _sockets.UdpReadiness(handle);

    public int UdpReceiveFrom(int handle, Span<byte> destination, out Ipv4Address from, out ushort fromPort) =>
        _sockets.UdpReceiveFrom(handle, destination, out from, out fromPort);

    /// <summary>Sends one datagram (binding an ephemeral port first if needed); returns the
    /// payload length or a SocketResult.</summary>
    public int UdpSendTo(int handle, Ipv4Address to, ushort port, ReadOnlySpan<byte> payload)
    {
        if (!_config.IsConfigured) return (int)SocketResult.NotConfigured;
        if (payload.Length > UdpSocket.MaxPayload) return (int)SocketResult.MessageTooLong;
        ushort local = _sockets.UdpLocalPort(handle);
        if (local == 0)
        {
            int b = _sockets.UdpBind(handle, 0);
            if (b < 0) return b;
            local = _sockets.UdpLocalPort(handle);
        }
        SendUdp(local, to, port, payload);
        return payload.Length;
    }

    /// <summary>Sends an ICMP echo request (the BASIC PING statement); read the result with QueryPing.</summary>
    public int SendPing(Ipv4Address target, ushort sequence, int payloadLength)
    {
        if (!_config.IsConfigured) return (int)SocketResult.NotConfigured;
        if (payloadLength < 0 || payloadLength > Ipv4Reassembler.MaxDatagramSize - IcmpRepr.HeaderLength)
            return (int)SocketResult.MessageTooLong;
        Span<byte> message = new Span<byte>(_transport, 0, IcmpRepr.HeaderLength + payloadLength);
        for (int i = 0; i < payloadLength; i++) message[IcmpRepr.HeaderLength + i] = (byte)('a' + i % 23);
        IcmpRepr echo = default;
        echo.Type = IcmpRepr.TypeEchoRequest;
        echo.Identifier = PingTable.Identifier;
        echo.Sequence = sequence;
        echo.Emit(message);
        _pings.Record(target, sequence, _clock.NowMs);
        TransmitIpv4(_config.Address, target, Ipv4Repr.ProtocolIcmp, message);
        return (int)SocketResult.Ok;
    }

    public PingStatus QueryPing(ushort sequence, out int roundTripMs) => _pings.Query(sequence, out roundTripMs);

    void Flush()
    {
        _sockets.Poll(_clock.NowMs, this, _segmentScratch);
        _sockets.Sweep(Waker);
    }
}
