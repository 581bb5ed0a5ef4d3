// SocketTable.Api: the non-blocking calls on handles. Each returns a non-negative count or
// handle, or a negative SocketResult; WouldBlock means "wait for the readiness event".
// NetStack exposes these to the kernel (syscalls, telnet, BASIC SOCKET/LISTEN/ACCEPT/RECV$).
using System;
using RalphOS.Net.Tcp;
using RalphOS.Net.Udp;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Sockets;

public sealed partial class SocketTable
{
    public int TcpOpen()
    {
        int h = AllocateTcp(owned: true);
        return h < 0 ? (int)SocketResult.NoSlots : h;
    }

    public int TcpListen(int handle, Ipv4Address localIp, ushort port, int backlog)
    {
        if (!ValidTcp(handle) || !_tcpOwned[handle]) return (int)SocketResult.InvalidHandle;
        if (_tcp[handle].State != TcpState.Closed) return (int)SocketResult.InvalidState;
        if (port == 0) return (int)SocketResult.InvalidState;
        for (int i = 0; i < _tcp.Length; i++)
            if (i != handle && _tcpInUse[i] && _tcp[i].State == TcpState.Listen && _tcp[i].LocalPort == port)
                return (int)SocketResult.AddressInUse;
        if (backlog <= 0) backlog = DefaultBacklog;
        _backlog[handle] = Math.Min(backlog, MaxBacklog);
        _tcp[handle].Listen(localIp, port);
        return (int)SocketResult.Ok;
    }

    /// <summary>Returns the oldest fully established connection of a listener, or WouldBlock.</summary>
    public int TcpAccept(int handle)
    {
        if (!ValidTcp(handle) || !_tcpOwned[handle]) return (int)SocketResult.InvalidHandle;
        if (_tcp[handle].State != TcpState.Listen) return (int)SocketResult.InvalidState;
        int best = -1;
        for (int i = 0; i < _tcp.Length; i++)
        {
            if (!_tcpInUse[i] || _tcpOwned[i]) continue;
            TcpSocket s = _tcp[i];
            if (s.ListenerHandle != handle || s.Accepted || s.State <= TcpState.SynReceived) continue;
            if (best < 0 || _createdOrder[i] < _createdOrder[best]) best = i;
        }
        if (best < 0) return (int)SocketResult.WouldBlock;
        _tcp[best].Accepted = true;
        _tcpOwned[best] = true;
        return best;
    }

    public int TcpConnect(int handle, Ipv4Address localIp, Ipv4Address remoteIp, ushort remotePort, long nowMs)
    {
        if (!ValidTcp(handle) || !_tcpOwned[handle]) return (int)SocketResult.InvalidHandle;
        if (_tcp[handle].State != TcpState.Closed) return (int)SocketResult.InvalidState;
        if (localIp.IsUnspecified) return (int)SocketResult.NotConfigured;
        ushort port = NextEphemeralPort();
        if (port == 0) return (int)SocketResult.NoSlots;
        _tcp[handle].Connect(localIp, port, remoteIp, remotePort, NewIss(localIp, port, remoteIp, remotePort, nowMs), nowMs);
        return (int)SocketResult.Ok;
    }

    public int TcpSend(int handle, ReadOnlySpan<byte> data)
    {
        if (!ValidTcp(handle) || !_tcpOwned[handle]) return (int)SocketResult.InvalidHandle;
        TcpSocket s = _tcp[handle];
        switch (s.State)
        {
            case TcpState.Closed: return (int)ErrorOf(s);
            case TcpState.Listen: return (int)SocketResult.InvalidState;
            case TcpState.SynSent:
            case TcpState.SynReceived:
            case TcpState.Established:
            case TcpState.CloseWait:
                break;
            default: return (int)SocketResult.Closed; // we already closed our direction
        }
        if (s.SendSpace == 0) return data.Length == 0 ? 0 : (int)SocketResult.WouldBlock;
        return s.Send(data);
    }

    /// <summary>Bytes read; 0 at end of stream; WouldBlock when nothing has arrived yet.</summary>
    public int TcpReceive(int handle, Span<byte> destination)
    {
        if (!ValidTcp(handle) || !_tcpOwned[handle]) return (int)SocketResult.InvalidHandle;
        TcpSocket s = _tcp[handle];
        if (s.State == TcpState.Listen) return (int)SocketResult.InvalidState;
        int n = s.Receive(destination);
        if (n > 0) return n;
        if (s.AtEndOfStream) return 0;
        if (s.State == TcpState.Closed) return s.Error == TcpError.None ? 0 : (int)ErrorOf(s);
        return (int)SocketResult.WouldBlock;
    }

    /// <summary>Graceful close; the handle is invalid afterwards. The connection keeps
    /// delivering queued data and finishes (FIN, TIME-WAIT) on its own.</summary>
    public int TcpClose(int handle, long nowMs, ITcpOutput output)
    {
        if (!ValidTcp(handle) || !_tcpOwned[handle]) return (int)SocketResult.InvalidHandle;
        TcpSocket s = _tcp[handle];
        if (s.State == TcpState.Listen)
        {
            for (int i = 0; i < _tcp.Length; i++)
                if (_tcpInUse[i] && !_tcpOwned[i] && _tcp[i].ListenerHandle == handle) _tcp[i].Abort(output);
        }
        s.Close();
        s.Orphan(nowMs);
        _tcpOwned[handle] = false;
        if (s.State == TcpState.Closed) { s.Release(); _tcpInUse[handle] = false; }
        return (int)SocketResult.Ok;
    }

    /// <summary>Half close: sends FIN after the queued data but keeps the handle for reading
    /// what the peer still sends (shutdown(SHUT_WR)). TcpClose releases the handle later.</summary>
    public int TcpShutdown(int handle)
    {
        if (!ValidTcp(handle) || !_tcpOwned[handle]) return (int)SocketResult.InvalidHandle;
        TcpSocket s = _tcp[handle];
        if (s.State == TcpState.Listen) return (int)SocketResult.InvalidState;
        s.Close();
        return (int)SocketResult.Ok;
    }

    public int TcpAbort(int handle, ITcpOutput output)
    {
        if (!ValidTcp(handle) || !_tcpOwned[handle]) return (int)SocketResult.InvalidHandle;
        _tcp[handle].Abort(output);
        _tcp[handle].Release();
        _tcpOwned[handle] = false;
        _tcpInUse[handle] = false;
        return (int)SocketResult.Ok;
    }

    /// <summary>The seed's SOCKSTATE number (TcpState value); Closed for a bad handle.</summary>
    public TcpState TcpStateOf(int handle) => ValidTcp(handle) ? _tcp[handle].State : TcpState.Closed;

    public int TcpReadiness(int handle)
    {
        if (!ValidTcp(handle)) return SocketEvents.Closed;
        TcpSocket s = _tcp[handle];
        if (s.State != TcpState.Listen) return s.Readiness();
        return TcpAcceptReady(handle) ? SocketEvents.Acceptable | SocketEvents.Readable : 0;
    }

    bool TcpAcceptReady(int listener)
    {
        for (int i = 0; i < _tcp.Length; i++)
            if (_tcpInUse[i] && !_tcpOwned[i] && _tcp[i].ListenerHandle == listener && !_tcp[i].Accepted
                && _tcp[i].State > TcpState.SynReceived) return true;
        return false;
    }

    static SocketResult ErrorOf(TcpSocket s)
    {
        switch (s.Error)
        {
            case TcpError.Refused: return SocketResult.Refused;
            case TcpError.Reset: return SocketResult.Reset;
            case TcpError.TimedOut: return SocketResult.TimedOut;
            default: return SocketResult.Closed;
        }
    }

    // UDP -------------------------------------------------------------------------------

    public int UdpOpen()
    {
        int h = Array.IndexOf(_udpInUse, false);
        if (h < 0) return (int)SocketResult.NoSlots;
        if (_udp[h] == null) _udp[h] = new UdpSocket();
        _udp[h].Release();
        _udpInUse[h] = true;
        return h;
    }

    /// <summary>Binds to port, or to a fresh ephemeral port when port is 0.</summary>
    public int UdpBind(int handle, ushort port)
    {
        if (!ValidUdp(handle)) return (int)SocketResult.InvalidHandle;
        if (port == 0) port = NextEphemeralPort();
        else if (PortInUseUdp(port)) return (int)SocketResult.AddressInUse;
        _udp[handle].Bind(port);
        return (int)SocketResult.Ok;
    }

    bool PortInUseUdp(ushort port)
    {
        for (int i = 0; i < UdpCapacity; i++) if (_udpInUse[i] && _udp[i].LocalPort == port) return true;
        return false;
    }

    public ushort UdpLocalPort(int handle) => ValidUdp(handle) ? _udp[handle].LocalPort : (ushort)0;

    public int UdpReceiveFrom(int handle, Span<byte> destination, out Ipv4Address from, out ushort fromPort)
    {
        from = Ipv4Address.Any; fromPort = 0;
        if (!ValidUdp(handle)) return (int)SocketResult.InvalidHandle;
        int n = _udp[handle].ReceiveFrom(destination, out from, out fromPort);
        return n < 0 ? (int)SocketResult.WouldBlock : n;
    }

    public int UdpReadiness(int handle)
    {
        if (!ValidUdp(handle)) return SocketEvents.Closed;
        return SocketEvents.Writable | (_udp[handle].Queued > 0 ? SocketEvents.Readable : 0);
    }

    public int UdpClose(int handle)
    {
        if (!ValidUdp(handle)) return (int)SocketResult.InvalidHandle;
        _udp[handle].Release();
        _udpInUse[handle] = false;
        return (int)SocketResult.Ok;
    }
}
