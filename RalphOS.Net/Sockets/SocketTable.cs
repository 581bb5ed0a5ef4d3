// SocketTable: every TCP connection and UDP port of one NetStack. It hands out integer
// handles, demultiplexes arriving TCP segments by four-tuple (with listeners and their
// backlogs), answers segments for no connection with RST (RFC 9293 3.10.7.1), runs the
// sockets' timers and output, and reports readiness through ISocketWaker. The user calls
// (TcpSend, TcpReceive...) are in SocketTable.Api.cs; NetStack wraps them for the kernel.
using System;
using RalphOS.Net.Iface;
using RalphOS.Net.Tcp;
using RalphOS.Net.Udp;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Sockets;

public sealed partial class SocketTable
{
    /// <summary>The requirement is at least 64 simultaneous connections (plus listeners).</summary>
    public const int DefaultTcpCapacity = 80;
    public const int UdpCapacity = 16;
    public const int DefaultBacklog = 8;
    public const int MaxBacklog = 64;
    /// <summary>Ephemeral port range (RFC 6335 section 6).</summary>
    public const int EphemeralFirst = 49152;

    readonly TcpSocket[] _tcp;
    readonly bool[] _tcpInUse;
    readonly bool[] _tcpOwned;       // the application holds the handle
    readonly int[] _backlog;
    readonly long[] _createdOrder;
    readonly long[] _synAtMs;        // when a listener's child took its SYN (SocketTable.Cookies.cs)
    readonly UdpSocket[] _udp = new UdpSocket[UdpCapacity];
    readonly bool[] _udpInUse = new bool[UdpCapacity];
    readonly int _bufferSize;
    long _order;
    int _nextEphemeral = EphemeralFirst;
    uint _issSecret;

    public long ResetsSent { get; private set; }
    public long ConnectionsRefused { get; private set; }
    /// <summary>SYNs left unanswered because the listener's backlog was full.</summary>
    public long SynsDeferred { get; private set; }
    /// <summary>New connections that took over a TIME-WAIT four-tuple (RFC 1122 4.2.2.13).</summary>
    public long ConnectionsReopened { get; private set; }

    public SocketTable(int tcpCapacity, int bufferSize, uint seed)
    {
        _tcp = new TcpSocket[tcpCapacity];
        _tcpInUse = new bool[tcpCapacity];
        _tcpOwned = new bool[tcpCapacity];
        _backlog = new int[tcpCapacity];
        _createdOrder = new long[tcpCapacity];
        _synAtMs = new long[tcpCapacity];
        _bufferSize = bufferSize;
        _issSecret = seed | 1;
        _cookies = new SynCookies(seed);
        _nextEphemeral = EphemeralFirst + (int)(seed % 10000);
    }

    public int TcpCapacity => _tcp.Length;

    public int TcpInUse
    {
        get { int n = 0; for (int i = 0; i < _tcp.Length; i++) if (_tcpInUse[i]) n++; return n; }
    }

    /// <summary>Direct access for diagnostics and tests; null when the slot was never used.</summary>
    public TcpSocket TcpAt(int handle) => ValidTcp(handle) ? _tcp[handle] : null;

    int AllocateTcp(bool owned)
    {
        int slot = Array.IndexOf(_tcpInUse, false);
        if (slot < 0) slot = OldestRecyclableTimeWait();
        if (slot < 0) return -1;
        if (_tcp[slot] == null) _tcp[slot] = new TcpSocket(_bufferSize);
        _tcp[slot].Release();
        _tcpInUse[slot] = true;
        _tcpOwned[slot] = owned;
        _backlog[slot] = 0;
        _createdOrder[slot] = _order++;
        return slot;
    }

    /// <summary>Under pressure a TIME-WAIT connection nobody holds gives up its slot, as stacks
    /// commonly do. The one nearest the end of its wait goes first, and one whose final ACK
    /// has not been sent yet only as a last resort: recycling it would leave the peer
    /// retransmitting its FIN into a connection that no longer exists.</summary>
    int OldestRecyclableTimeWait()
    {
        int best = -1;
        bool bestAckPending = true;
        for (int i = 0; i < _tcp.Length; i++)
        {
            if (_tcpOwned[i] || _tcp[i].State != TcpState.TimeWait) continue;
            bool ackPending = _tcp[i].AckPending;
            bool better = best < 0
                || (bestAckPending && !ackPending)
                || (bestAckPending == ackPending && _tcp[i].TimeWaitDeadline < _tcp[best].TimeWaitDeadline);
            if (better) { best = i; bestAckPending = ackPending; }
        }
        return best;
    }

    bool ValidTcp(int handle) => handle >= 0 && handle < _tcp.Length && _tcpInUse[handle];
    bool ValidUdp(int handle) => handle >= 0 && handle < UdpCapacity && _udpInUse[handle];

    /// <summary>RFC 6528-style initial sequence number: a 4 microsecond clock plus a keyed
    /// hash of the four-tuple, so numbers are hard to guess and move forward per tuple.</summary>
    uint NewIss(Ipv4Address local, ushort localPort, Ipv4Address remote, ushort remotePort, long nowMs)
    {
        uint h = _issSecret ^ local.Value;
        h = Mix(h ^ remote.Value);
        h = Mix(h ^ ((uint)localPort << 16 | remotePort));
        return (uint)(nowMs * 250) + h;
    }

    static uint Mix(uint x)
    {
        x ^= x >> 16; x *= 0x7FEB352Du; x ^= x >> 15; x *= 0x846CA68Bu; x ^= x >> 16;
        return x;
    }

    ushort NextEphemeralPort()
    {
        for (int tries = 0; tries < 65536 - EphemeralFirst; tries++)
        {
            int port = _nextEphemeral;
            _nextEphemeral = _nextEphemeral == 65535 ? EphemeralFirst : _nextEphemeral + 1;
            if (!PortInUse((ushort)port)) return (ushort)port;
        }
        return 0;
    }

    bool PortInUse(ushort port)
    {
        for (int i = 0; i < _tcp.Length; i++)
            if (_tcpInUse[i] && _tcp[i].LocalPort == port) return true;
        for (int i = 0; i < UdpCapacity; i++)
            if (_udpInUse[i] && _udp[i].LocalPort == port) return true;
        return false;
    }

    /// <summary>Demultiplexes one arriving segment (checksum already verified).</summary>
    public void ProcessTcp(Ipv4Address source, Ipv4Address destination, ref TcpRepr seg, ReadOnlySpan<byte> payload, long nowMs, ITcpOutput output)
    {
        int listener = -1, connection = -1;
        for (int i = 0; i < _tcp.Length && connection < 0; i++)
        {
            if (!_tcpInUse[i]) continue;
            TcpSocket s = _tcp[i];
            if (s.LocalPort != seg.DestinationPort) continue;
            if (s.State == TcpState.Listen) listener = i;
            else if (s.State != TcpState.Closed && s.RemotePort == seg.SourcePort && s.RemoteIp == source) connection = i;
        }
        uint issFloor = 0;
        bool reopening = false;
        if (connection >= 0)
        {
            TcpSocket s = _tcp[connection];
            listener = _tcpOwned[connection] || !s.CanReopenWith(ref seg) ? -1 : FindListener(seg.DestinationPort);
            if (listener < 0)
            {
                s.Process(ref seg, payload, nowMs, output);
                return;
            }
            // A new connection from the same client port: the old one's TIME-WAIT ends now.
            issFloor = s.NextIncarnationIssFloor;
            reopening = true;
            s.Release();
            _tcpInUse[connection] = false;
        }
        if (listener >= 0 && !seg.Has(TcpFlags.Rst) && !seg.Has(TcpFlags.Ack) && seg.Has(TcpFlags.Syn))
        {
            CountPending(listener, out int halfOpen, out int ready);
            if (ready >= _backlog[listener])
            {
                // The accept queue is full: as BSD and Linux do, no answer, so the client's
                // SYN retransmission gets in once the application has accepted a connection.
                SynsDeferred++;
                return;
            }
            // The half-open backlog is full: a stale half-open one (a flood's, most likely) gives
            // its place to this SYN, which then gets SYN-ACK retransmissions (a client whose
            // ACK is lost still gets in); with none stale, a SYN cookie (SocketTable.Cookies.cs).
            if (halfOpen + ready >= _backlog[listener] && !EvictOldestHalfOpen(nowMs, output, listener))
            {
                SendCookie(source, destination, ref seg, nowMs, output);
                return;
            }
            if (AcceptSyn(listener, source, destination, ref seg, nowMs, issFloor, reopening)) return;
            if (OldestStaleHalfOpen(nowMs) >= 0)
            {
                // No free slot, but a stale half-open one can make room when the ACK returns.
                SendCookie(source, destination, ref seg, nowMs, output);
                return;
            }
            ConnectionsRefused++; // every slot holds a live connection: refuse clearly
        }
        else if (listener >= 0 && !seg.Has(TcpFlags.Ack) && !seg.Has(TcpFlags.Rst)) return; // RFC 9293 3.10.7.2: drop
        else if (listener >= 0 && !seg.Has(TcpFlags.Syn) && !seg.Has(TcpFlags.Rst) && CookiesOutstanding(nowMs)
            && TryCompleteCookie(listener, source, destination, ref seg, payload, nowMs, output)) return;
        SendResetFor(source, destination, ref seg, payload.Length, output);
    }

    int FindListener(ushort port)
    {
        for (int i = 0; i < _tcp.Length; i++)
            if (_tcpInUse[i] && _tcp[i].State == TcpState.Listen && _tcp[i].LocalPort == port) return i;
        return -1;
    }

    bool AcceptSyn(int listener, Ipv4Address source, Ipv4Address destination, ref TcpRepr syn, long nowMs, uint issFloor, bool reopening)
    {
        int child = AllocateTcp(owned: false);
        if (child < 0) return false;
        uint iss = NewIss(destination, syn.DestinationPort, source, syn.SourcePort, nowMs);
        if (reopening && SeqNumber.Lt(iss, issFloor)) iss = issFloor;
        _tcp[child].AcceptSyn(destination, source, ref syn, iss, nowMs);
        _tcp[child].ListenerHandle = listener;
        _synAtMs[child] = nowMs;
        if (reopening) ConnectionsReopened++;
        return true;
    }

    /// <summary>RFC 9293 3.10.7.1: a segment for no connection gets a RST (unless it is one).</summary>
    void SendResetFor(Ipv4Address source, Ipv4Address destination, ref TcpRepr seg, int payloadLength, ITcpOutput output)
    {
        if (seg.Has(TcpFlags.Rst)) return;
        TcpRepr rst = default;
        rst.SourcePort = seg.DestinationPort;
        rst.DestinationPort = seg.SourcePort;
        if (seg.Has(TcpFlags.Ack))
        {
            rst.Sequence = seg.Acknowledgment;
            rst.Flags = TcpFlags.Rst;
        }
        else
        {
            int segLength = payloadLength + (seg.Has(TcpFlags.Syn) ? 1 : 0) + (seg.Has(TcpFlags.Fin) ? 1 : 0);
            rst.Sequence = 0;
            rst.Acknowledgment = seg.Sequence + (uint)segLength;
            rst.Flags = TcpFlags.Rst | TcpFlags.Ack;
        }
        ResetsSent++;
        output.SendSegment(destination, source, ref rst, ReadOnlySpan<byte>.Empty);
    }

    /// <summary>Runs timers and output of every connection.</summary>
    public void Poll(long nowMs, ITcpOutput output, Span<byte> scratch)
    {
        for (int i = 0; i < _tcp.Length; i++)
        {
            if (!_tcpInUse[i]) continue;
            _tcp[i].OnTimer(nowMs, output, scratch);
            _tcp[i].Dispatch(nowMs, output, scratch);
        }
    }

    public long NextDeadline()
    {
        long next = -1;
        for (int i = 0; i < _tcp.Length; i++)
        {
            if (!_tcpInUse[i]) continue;
            long d = _tcp[i].NextDeadline();
            if (d >= 0 && (next < 0 || d < next)) next = d;
        }
        return next;
    }

    /// <summary>Delivers raised events to the waker and frees finished connections nobody holds.</summary>
    public void Sweep(ISocketWaker waker)
    {
        for (int i = 0; i < _tcp.Length; i++)
        {
            if (!_tcpInUse[i]) continue;
            TcpSocket s = _tcp[i];
            int events = s.TakeEvents();
            if (events != 0 && waker != null)
            {
                if (_tcpOwned[i]) waker.Wake(SocketKind.Tcp, i, events);
                else if (s.ListenerHandle >= 0 && !s.Accepted && (events & SocketEvents.Connected) != 0)
                    waker.Wake(SocketKind.Tcp, s.ListenerHandle, SocketEvents.Acceptable | SocketEvents.Readable);
            }
            if (!_tcpOwned[i] && s.State == TcpState.Closed) { s.Release(); _tcpInUse[i] = false; }
        }
        for (int i = 0; i < UdpCapacity; i++)
        {
            if (!_udpInUse[i]) continue;
            int events = _udp[i].TakeEvents();
            if (events != 0 && waker != null) waker.Wake(SocketKind.Udp, i, events);
        }
    }

    /// <summary>Queues a datagram on the socket bound to port; false when none is.</summary>
    public bool DeliverUdp(ushort port, Ipv4Address from, ushort fromPort, ReadOnlySpan<byte> payload)
    {
        for (int i = 0; i < UdpCapacity; i++)
            if (_udpInUse[i] && _udp[i].LocalPort == port) { _udp[i].Deliver(from, fromPort, payload); return true; }
        return false;
    }
}
