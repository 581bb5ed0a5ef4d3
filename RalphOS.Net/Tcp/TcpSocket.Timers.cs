// TcpSocket.Timers: retransmission timeout per RFC 6298 (SRTT/RTTVAR, Karn's rule, exponential
// backoff), congestion control per RFC 5681 with NewReno recovery (RFC 6582), the persist
// timer for zero windows, FIN-WAIT-2 and TIME-WAIT timers. OnTimer is called from
// NetStack.Poll; NextDeadline tells the kernel when the next timer is due.
using System;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Tcp;

public sealed partial class TcpSocket
{
    /// <summary>RFC 6298 2.1: initial RTO of one second.</summary>
    public const int InitialRtoMs = 1000;
    /// <summary>Lower bound. RFC 6298 2.4 suggests 1 s; like Linux we use 200 ms, which suits a
    /// LAN and QEMU's user network.</summary>
    public const int MinRtoMs = 200;
    /// <summary>RFC 6298 2.5: an upper bound of at least 60 s.</summary>
    public const int MaxRtoMs = 60000;
    /// <summary>Retransmissions before giving up (RFC 9293 3.8.3, R2 threshold).</summary>
    public const int MaxSynRetries = 6;
    public const int MaxDataRetries = 12;
    /// <summary>TIME-WAIT lasts 2*MSL (RFC 9293 3.4.2); MSL taken as 15 s, as in the seed (30 s).</summary>
    public const int TimeWaitMs = 30000;
    /// <summary>Give up on a peer that never sends its FIN (as Linux's tcp_fin_timeout).</summary>
    public const int FinWait2TimeoutMs = 60000;
    const int MaxCongestionWindow = 1 << 20;

    int _rtoMs, _srttMs, _rttVarMs, _retries;
    bool _hasRttSample, _rttActive;
    uint _rttSeq;
    long _rttStartMs;
    long _retransmitDeadline, _persistDeadline, _timeWaitDeadline, _finWait2Deadline;
    int _persistIntervalMs;

    int _cwnd, _ssthresh, _dupAcks;
    bool _inRecovery, _retransmitFirst;
    uint _recover;

    public int RetransmitTimeoutMs => _rtoMs;
    public int CongestionWindow => _cwnd;

    void ResetTimers()
    {
        _rtoMs = InitialRtoMs; _srttMs = 0; _rttVarMs = 0; _retries = 0;
        _hasRttSample = false; _rttActive = false;
        _retransmitDeadline = -1; _persistDeadline = -1; _timeWaitDeadline = -1; _finWait2Deadline = -1;
        _persistIntervalMs = 0;
        _dupAcks = 0; _inRecovery = false; _retransmitFirst = false;
    }

    void InitCongestion()
    {
        // RFC 5681 3.1, equation 1 (initial window); ssthresh starts arbitrarily high.
        _cwnd = Math.Min(4 * _sendMss, Math.Max(2 * _sendMss, 4380));
        _ssthresh = 65535;
    }

    public long NextDeadline()
    {
        long next = -1;
        next = Earliest(next, _retransmitDeadline);
        next = Earliest(next, _persistDeadline);
        next = Earliest(next, _timeWaitDeadline);
        next = Earliest(next, _finWait2Deadline);
        return next;
    }

    static long Earliest(long a, long b) => a < 0 ? b : (b < 0 ? a : Math.Min(a, b));

    public void OnTimer(long nowMs, ITcpOutput output, Span<byte> scratch)
    {
        if (_timeWaitDeadline >= 0 && nowMs >= _timeWaitDeadline) { EnterClosed(TcpError.None); return; }
        if (_finWait2Deadline >= 0 && nowMs >= _finWait2Deadline)
        {
            _finWait2Deadline = -1;
            if (State == TcpState.FinWait2 && Orphaned) { EnterClosed(TcpError.TimedOut); return; }
        }
        if (_retransmitDeadline >= 0 && nowMs >= _retransmitDeadline) OnRetransmitTimeout();
        if (_persistDeadline >= 0 && nowMs >= _persistDeadline)
        {
            _persistDeadline = -1;
            if (_sndWnd == 0) SendWindowProbe(nowMs, output, scratch);
        }
    }

    void OnSegmentSent(long nowMs, uint seq)
    {
        if (_retransmitDeadline < 0) _retransmitDeadline = nowMs + _rtoMs;
        // Time one segment per round trip, never a retransmitted one (Karn's rule).
        if (!_rttActive && SeqNumber.Ge(seq, _sndMax)) { _rttActive = true; _rttSeq = seq; _rttStartMs = nowMs; }
    }

    void OnRetransmitTimeout()
    {
        _retransmitDeadline = -1;
        bool handshake = State == TcpState.SynSent || State == TcpState.SynReceived;
        if (!handshake && _sndUna == _sndMax) return;
        if (_sndWnd != 0 || handshake) _retries++; // probes into a zero window do not count
        if (_retries > (handshake ? MaxSynRetries : MaxDataRetries)) { EnterClosed(TcpError.TimedOut); return; }
        // RFC 5681 equation 4, then RFC 6298 5.5 (back off) and 5.7-like restart from SND.UNA.
        int flight = SeqNumber.Diff(_sndMax, _sndUna);
        _ssthresh = Math.Max(flight / 2, 2 * _sendMss);
        _cwnd = _sendMss;
        _inRecovery = false; _dupAcks = 0; _retransmitFirst = false;
        _rtoMs = Math.Min(_rtoMs * 2, MaxRtoMs);
        _rttActive = false;
        _sndNxt = _sndUna; // go back: Dispatch resends from the first unacknowledged byte
    }

    void OnAckTimers(uint ack, int acked, long nowMs)
    {
        _retries = 0;
        if (_rttActive && SeqNumber.Gt(ack, _rttSeq))
        {
            _rttActive = false;
            UpdateRtt((int)(nowMs - _rttStartMs));
        }
        UpdateCongestionOnAck(ack, acked);
        // RFC 6298 5.2/5.3: stop the timer when all is acknowledged, else restart it.
        _retransmitDeadline = ack == _sndMax ? -1 : nowMs + _rtoMs;
    }

    void UpdateRtt(int sampleMs)
    {
        if (sampleMs < 0) sampleMs = 0;
        if (!_hasRttSample)
        {
            _srttMs = sampleMs; _rttVarMs = sampleMs / 2; _hasRttSample = true; // RFC 6298 2.2
        }
        else
        {
            _rttVarMs = (3 * _rttVarMs + Math.Abs(_srttMs - sampleMs)) / 4;   // RFC 6298 2.3
            _srttMs = (7 * _srttMs + sampleMs) / 8;
        }
        _rtoMs = Math.Min(Math.Max(_srttMs + Math.Max(1, 4 * _rttVarMs), MinRtoMs), MaxRtoMs);
    }

    void UpdateCongestionOnAck(uint ack, int acked)
    {
        if (_inRecovery)
        {
            if (SeqNumber.Ge(ack, _recover)) { _inRecovery = false; _cwnd = _ssthresh; } // RFC 6582 full ACK
            else
            {
                _retransmitFirst = true;                                                 // partial ACK
                _cwnd = Math.Max(_cwnd - acked + _sendMss, _sendMss);
            }
        }
        else if (_cwnd < _ssthresh) _cwnd += Math.Min(acked, (int)_sendMss);            // slow start
        else _cwnd += Math.Max(1, _sendMss * _sendMss / _cwnd);                         // avoidance
        if (_cwnd > MaxCongestionWindow) _cwnd = MaxCongestionWindow;
        _dupAcks = 0;
    }

    void OnDuplicateAck()
    {
        _dupAcks++;
        if (_inRecovery) { _cwnd += _sendMss; return; }
        if (_dupAcks != 3) return;
        // RFC 5681 3.2: fast retransmit, then fast recovery.
        int flight = SeqNumber.Diff(_sndMax, _sndUna);
        _ssthresh = Math.Max(flight / 2, 2 * _sendMss);
        _recover = _sndMax;
        _inRecovery = true;
        _retransmitFirst = true;
        _cwnd = _ssthresh + 3 * _sendMss;
    }

    void ArmPersist(long nowMs)
    {
        if (_persistDeadline >= 0 || _retransmitDeadline >= 0) return;
        _persistIntervalMs = _persistIntervalMs == 0 ? _rtoMs : Math.Min(_persistIntervalMs * 2, MaxRtoMs);
        _persistDeadline = nowMs + _persistIntervalMs;
    }

    void StopPersist() { _persistDeadline = -1; _persistIntervalMs = 0; }

    /// <summary>When TIME-WAIT ends; -1 outside TIME-WAIT. The table recycles the socket
    /// closest to its end first when it runs out of slots.</summary>
    public long TimeWaitDeadline => State == TcpState.TimeWait ? _timeWaitDeadline : -1;

    /// <summary>An ACK (such as the one for the peer's FIN) is waiting for the next Dispatch.</summary>
    public bool AckPending => _ackPending;

    /// <summary>RFC 1122 4.2.2.13: a SYN for this four-tuple may reopen the connection from
    /// TIME-WAIT when its sequence number is beyond everything the old connection received,
    /// so it cannot be an old duplicate.</summary>
    public bool CanReopenWith(ref TcpRepr seg) =>
        State == TcpState.TimeWait && seg.Has(TcpFlags.Syn) && !seg.Has(TcpFlags.Ack) && !seg.Has(TcpFlags.Rst)
        && SeqNumber.Gt(seg.Sequence, _rcvNxt);

    /// <summary>The lowest initial sequence number a new incarnation of this four-tuple may
    /// use: beyond everything this one sent plus a full window, as RFC 1122 4.2.2.13 asks.</summary>
    public uint NextIncarnationIssFloor => _sndMax + 65536 + 2;

    void StartTimeWait(long nowMs)
    {
        State = TcpState.TimeWait;
        _retransmitDeadline = -1; _persistDeadline = -1; _finWait2Deadline = -1;
        _timeWaitDeadline = nowMs + TimeWaitMs;
    }

    /// <summary>The application released the handle (full close). From now on FIN-WAIT-2 is
    /// bounded: nobody is left to read, so a peer that never closes must not pin the slot.</summary>
    public void Orphan(long nowMs)
    {
        Orphaned = true;
        if (State == TcpState.FinWait2) StartFinWait2(nowMs);
    }

    void StartFinWait2(long nowMs)
    {
        // Only for orphaned sockets (as Linux's tcp_fin_timeout): after a half close
        // (TcpShutdown) the application may keep reading for as long as the peer sends.
        if (Orphaned) _finWait2Deadline = nowMs + FinWait2TimeoutMs;
    }
}
