// TcpSocket.Output: building segments. Dispatch sends whatever the state, the peer's window
// and the congestion window allow: SYN or SYN-ACK (with our MSS option), new data in MSS-sized
// pieces, the FIN once all queued data is out, a single retransmission after a triple
// duplicate ACK, and a bare ACK when one is owed. NetStack calls Dispatch from Poll and the
// payload is copied out of the send ring into the caller's scratch buffer.
using System;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Tcp;

public sealed partial class TcpSocket
{
    public void Dispatch(long nowMs, ITcpOutput output, Span<byte> scratch)
    {
        switch (State)
        {
            case TcpState.Closed:
            case TcpState.Listen:
                return;
            case TcpState.SynSent:
            case TcpState.SynReceived:
                if (_sndNxt == _iss) SendSyn(nowMs, output);
                else if (_ackPending && State == TcpState.SynReceived) SendControl(output, _sndMax, TcpFlags.Ack);
                return;
            case TcpState.TimeWait:
                if (_ackPending) SendControl(output, AckSequence(), TcpFlags.Ack);
                return;
        }

        if (_retransmitFirst)
        {
            _retransmitFirst = false;
            RetransmitFirst(nowMs, output, scratch);
        }
        while (SendNextSegment(nowMs, output, scratch)) { }

        int unsent = _tx.Count - SeqNumber.Diff(_sndNxt, _txStartSeq);
        if (unsent > 0 && _sndWnd == 0 && _sndNxt == _sndUna) ArmPersist(nowMs);
        if (_ackPending) SendControl(output, AckSequence(), TcpFlags.Ack);
    }

    /// <summary>Sequence number for a bare ACK: SND.MAX rather than a rewound SND.NXT (after a
    /// timeout SND.NXT may lie below what the peer holds, and it would discard the ACK as
    /// old), but never past the peer's window edge (a forced probe byte may have been refused).</summary>
    uint AckSequence()
    {
        uint windowEdge = _sndUna + (uint)_sndWnd;
        return SeqNumber.Le(_sndMax, windowEdge) ? _sndMax : windowEdge;
    }

    void SendSyn(long nowMs, ITcpOutput output)
    {
        byte flags = State == TcpState.SynReceived ? (byte)(TcpFlags.Syn | TcpFlags.Ack) : TcpFlags.Syn;
        Emit(output, _iss, flags, ReadOnlySpan<byte>.Empty, withMss: true);
        OnSegmentSent(nowMs, _iss);
        _sndNxt = _iss + 1;
        if (SeqNumber.Gt(_sndNxt, _sndMax)) _sndMax = _sndNxt;
    }

    /// <summary>Sends one new segment if allowed; false when nothing more can go now.</summary>
    bool SendNextSegment(long nowMs, ITcpOutput output, Span<byte> scratch)
    {
        int offset = SeqNumber.Diff(_sndNxt, _txStartSeq);
        int unsent = _tx.Count - offset;
        int window = Math.Min(_sndWnd, _cwnd);
        int usable = window - SeqNumber.Diff(_sndNxt, _sndUna);
        if (unsent > 0)
        {
            int length = Math.Min(Math.Min(unsent, (int)_sendMss), Math.Min(usable, scratch.Length));
            if (length <= 0) return false;
            // Sender-side silly window avoidance (RFC 9293 3.8.6.2.1): hold back a short
            // segment while earlier data is unacknowledged; the next ACK releases it.
            if (length < _sendMss && length < unsent && _sndNxt != _sndUna) return false;
            bool withFin = _finQueued && length == unsent;
            SendDataAt(nowMs, output, scratch, _sndNxt, length, withFin);
            _sndNxt += (uint)(length + (withFin ? 1 : 0));
            if (SeqNumber.Gt(_sndNxt, _sndMax)) _sndMax = _sndNxt;
            return true;
        }
        if (_finQueued && unsent == 0)
        {
            // The FIN occupies one sequence number and needs no window space.
            Emit(output, _sndNxt, TcpFlags.Fin | TcpFlags.Ack, ReadOnlySpan<byte>.Empty, withMss: false);
            OnSegmentSent(nowMs, _sndNxt);
            _sndNxt += 1;
            if (SeqNumber.Gt(_sndNxt, _sndMax)) _sndMax = _sndNxt;
        }
        return false;
    }

    void SendDataAt(long nowMs, ITcpOutput output, Span<byte> scratch, uint seq, int length, bool withFin)
    {
        int copied = _tx.Peek(SeqNumber.Diff(seq, _txStartSeq), scratch.Slice(0, length));
        byte flags = TcpFlags.Ack | TcpFlags.Psh;
        if (withFin) flags |= TcpFlags.Fin;
        Emit(output, seq, flags, scratch.Slice(0, copied), withMss: false);
        OnSegmentSent(nowMs, seq);
    }

    /// <summary>Fast retransmit (RFC 5681 3.2 step 4): resend the first unacknowledged segment.</summary>
    void RetransmitFirst(long nowMs, ITcpOutput output, Span<byte> scratch)
    {
        _rttActive = false; // Karn: no RTT sample from retransmitted data
        int offset = SeqNumber.Diff(_sndUna, _txStartSeq);
        // Resend only what was sent before: bytes past SND.MAX may lie outside the peer's window
        // and, once acknowledged, would be unknown to our own ACK check.
        int sentBefore = SeqNumber.Diff(_sndMax, _sndUna);
        int length = Math.Min(Math.Min(_tx.Count - offset, (int)_sendMss), Math.Min(scratch.Length, sentBefore));
        if (length > 0)
        {
            bool withFin = _finQueued && offset + length == _tx.Count && SeqNumber.Gt(_sndMax, _sndUna + (uint)length);
            SendDataAt(nowMs, output, scratch, _sndUna, length, withFin);
        }
        else if (_finQueued && SeqNumber.Gt(_sndMax, _sndUna))
        {
            Emit(output, _sndUna, TcpFlags.Fin | TcpFlags.Ack, ReadOnlySpan<byte>.Empty, withMss: false);
        }
    }

    /// <summary>Persist timer fired with a zero window: force one byte out as a window probe
    /// (RFC 9293 3.8.6.1). Its retransmissions keep probing with backed-off intervals.</summary>
    void SendWindowProbe(long nowMs, ITcpOutput output, Span<byte> scratch)
    {
        int offset = SeqNumber.Diff(_sndNxt, _txStartSeq);
        if (_tx.Count - offset <= 0 || scratch.Length == 0) return;
        SendDataAt(nowMs, output, scratch, _sndNxt, 1, false);
        _sndNxt += 1;
        if (SeqNumber.Gt(_sndNxt, _sndMax)) _sndMax = _sndNxt;
    }

    void SendControl(ITcpOutput output, uint seq, byte flags)
    {
        Emit(output, seq, flags, ReadOnlySpan<byte>.Empty, withMss: false);
    }

    void Emit(ITcpOutput output, uint seq, byte flags, ReadOnlySpan<byte> payload, bool withMss)
    {
        TcpRepr repr = default;
        repr.SourcePort = LocalPort;
        repr.DestinationPort = RemotePort;
        repr.Sequence = seq;
        repr.Flags = flags;
        if ((flags & TcpFlags.Ack) != 0) repr.Acknowledgment = _rcvNxt;
        int window = (flags & TcpFlags.Rst) != 0 ? 0 : ReceiveWindow();
        repr.Window = (ushort)window;
        if (withMss) repr.MaxSegmentSize = LocalMss;
        if ((flags & TcpFlags.Ack) != 0)
        {
            _ackPending = false;
            _lastAdvertisedWindow = window;
        }
        output.SendSegment(LocalIp, RemoteIp, ref repr, payload);
    }
}
