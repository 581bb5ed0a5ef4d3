// SocketTable.Cookies: holding up under a SYN flood. A listener keeps at most its backlog of
// connections that are not accepted yet; once half-open ones (SYN-RECEIVED, which a flood
// from made-up addresses never completes) fill it, a further SYN takes the place of a stale
// one, or else is answered with a SYN cookie (SynCookies, RFC 4987 3.6) instead of a socket,
// and the final ACK that returns a valid cookie creates the connection ESTABLISHED.
// ProcessTcp (SocketTable.cs) calls in here; the `net` monitor command shows the counters.
//
// Why cookies rather than only per-source limits with eviction of the oldest half-open: the
// flood's sources are made up, so per-source limits never bite, and evicting young half-open
// connections under 10,000 SYNs a second would evict the real client's long before its ACK
// comes back (only stale ones go). Cookies cost no state: the real client gets in whatever
// the flood's rate.
using System;
using RalphOS.Net.Tcp;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Sockets;

public sealed partial class SocketTable
{
    readonly SynCookies _cookies;
    long _lastCookieSentMs = -1;

    /// <summary>SYN-ACKs sent with a cookie instead of a socket (backlog of half-open full).</summary>
    public long CookiesSent { get; private set; }
    /// <summary>Final ACKs whose cookie was valid and became a connection.</summary>
    public long CookiesAccepted { get; private set; }
    /// <summary>ACKs for no connection whose cookie was wrong or expired (answered with RST).</summary>
    public long CookiesRejected { get; private set; }
    /// <summary>Valid cookies that found no room: accept queue full (dropped silently, the
    /// client's retransmission may get in) or every socket slot holding a live connection (RST).</summary>
    public long CookiesDropped { get; private set; }
    /// <summary>Half-open connections given up to make room for a completed cookie handshake.</summary>
    public long HalfOpenEvicted { get; private set; }

    /// <summary>Counts a listener's connections not accepted yet: half-open (SYN-RECEIVED) and
    /// ready (established, waiting for the application's Accept).</summary>
    void CountPending(int listener, out int halfOpen, out int ready)
    {
        halfOpen = 0; ready = 0;
        for (int i = 0; i < _tcp.Length; i++)
        {
            if (!_tcpInUse[i] || _tcpOwned[i]) continue;
            TcpSocket s = _tcp[i];
            if (s.ListenerHandle != listener || s.Accepted || s.State == TcpState.Closed) continue;
            if (s.State == TcpState.SynReceived) halfOpen++;
            else ready++;
        }
    }

    /// <summary>Answers a SYN with a SYN-ACK whose sequence number is a cookie; no state kept.</summary>
    void SendCookie(Ipv4Address source, Ipv4Address destination, ref TcpRepr syn, long nowMs, ITcpOutput output)
    {
        uint cookie = _cookies.Encode(destination, syn.DestinationPort, source, syn.SourcePort, syn.Sequence, syn.MaxSegmentSize, nowMs);
        TcpRepr synAck = default;
        synAck.SourcePort = syn.DestinationPort;
        synAck.DestinationPort = syn.SourcePort;
        synAck.Sequence = cookie;
        synAck.Acknowledgment = syn.Sequence + 1;
        synAck.Flags = TcpFlags.Syn | TcpFlags.Ack;
        synAck.Window = (ushort)Math.Min(_bufferSize, 65535);
        synAck.MaxSegmentSize = TcpSocket.LocalMss;
        CookiesSent++;
        _lastCookieSentMs = nowMs;
        output.SendSegment(destination, source, ref synAck, ReadOnlySpan<byte>.Empty);
    }

    /// <summary>Cookies are checked only while one sent recently may still be valid (and a
    /// step longer, so late ones are counted as expired), so a stray ACK at quiet times gets
    /// its usual RST and is not counted as a rejected cookie.</summary>
    bool CookiesOutstanding(long nowMs) =>
        _lastCookieSentMs >= 0 && nowMs - _lastCookieSentMs <= (long)(SynCookies.MaxAgeTicks + 2) * SynCookies.TickMs;

    /// <summary>An ACK for no connection arrived at a listener's port while cookies are out.
    /// Returns true when it was dealt with (a connection made, or dropped for want of room);
    /// false when the caller should answer it with RST as any segment for no connection.</summary>
    bool TryCompleteCookie(int listener, Ipv4Address source, Ipv4Address destination, ref TcpRepr ack,
        ReadOnlySpan<byte> payload, long nowMs, ITcpOutput output)
    {
        uint cookie = ack.Acknowledgment - 1;
        SynCookieCheck check = _cookies.Check(destination, ack.DestinationPort, source, ack.SourcePort,
            ack.Sequence - 1, cookie, nowMs, out ushort mss);
        if (check != SynCookieCheck.Valid) { CookiesRejected++; return false; }
        CountPending(listener, out _, out int ready);
        if (ready >= _backlog[listener]) { CookiesDropped++; return true; }
        int child = AllocateTcp(owned: false);
        if (child < 0 && EvictOldestHalfOpen(nowMs, output)) child = AllocateTcp(owned: false);
        if (child < 0) { CookiesDropped++; return false; }
        TcpSocket s = _tcp[child];
        s.AcceptCookie(destination, source, ref ack, cookie, mss);
        s.ListenerHandle = listener;
        CookiesAccepted++;
        s.Process(ref ack, payload, nowMs, output); // the ACK may carry data or a FIN already
        return true;
    }

    /// <summary>A half-open connection this old has sent its SYN-ACK three times (at 0, 1 and
    /// 3 s) without an answer: a real client answers within a round trip, so it most likely
    /// belongs to a flood. Younger ones are left alone (real clients must not evict each other).</summary>
    const int HalfOpenStaleMs = 3 * TcpSocket.InitialRtoMs;

    /// <summary>The oldest stale SYN-RECEIVED connection nobody holds (of listener, or of any
    /// listener when it is -1), or -1.</summary>
    int OldestStaleHalfOpen(long nowMs, int listener = -1)
    {
        int oldest = -1;
        for (int i = 0; i < _tcp.Length; i++)
        {
            if (!_tcpInUse[i] || _tcpOwned[i] || _tcp[i].State != TcpState.SynReceived) continue;
            if (listener >= 0 && _tcp[i].ListenerHandle != listener) continue;
            if (nowMs - _synAtMs[i] < HalfOpenStaleMs) continue;
            if (oldest < 0 || _createdOrder[i] < _createdOrder[oldest]) oldest = i;
        }
        return oldest;
    }

    /// <summary>Frees the slot of the oldest stale half-open connection (with RST); false when
    /// there is none and every slot holds a live or young connection.</summary>
    bool EvictOldestHalfOpen(long nowMs, ITcpOutput output, int listener = -1)
    {
        int oldest = OldestStaleHalfOpen(nowMs, listener);
        if (oldest < 0) return false;
        _tcp[oldest].Abort(output);
        _tcp[oldest].Release();
        _tcpInUse[oldest] = false;
        HalfOpenEvicted++;
        return true;
    }
}
