// TcpSocket.Input: segment arrival, following RFC 9293 section 3.10.7 ("SEGMENT ARRIVES")
// with the RST and SYN rules of RFC 5961 (exact-match RST, challenge ACK otherwise). Called
// by SocketTable after it matched the segment's four-tuple to this socket.
using System;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Tcp;

public sealed partial class TcpSocket
{
    /// <summary>Passive open: a listener's SYN is given to a fresh socket, which enters
    /// SYN-RECEIVED and answers with SYN-ACK on the next Dispatch (RFC 9293 3.10.7.2).</summary>
    public void AcceptSyn(Ipv4Address localIp, Ipv4Address remoteIp, ref TcpRepr syn, uint iss, long nowMs)
    {
        ResetToClosed();
        LocalIp = localIp; LocalPort = syn.DestinationPort; RemoteIp = remoteIp; RemotePort = syn.SourcePort;
        _irs = syn.Sequence;
        _rcvNxt = syn.Sequence + 1;
        InitSendSequence(iss);
        SetSendMss(syn.MaxSegmentSize);
        _sndWnd = syn.Window; _sndWl1 = syn.Sequence; _sndWl2 = iss;
        State = TcpState.SynReceived;
    }

    /// <summary>Passive open completed by a valid SYN cookie (SynCookies): the final ACK
    /// acknowledged our cookie ISN, so the connection starts ESTABLISHED with the MSS the
    /// cookie carried. The caller then hands the same ACK to Process for its data and FIN.</summary>
    public void AcceptCookie(Ipv4Address localIp, Ipv4Address remoteIp, ref TcpRepr ack, uint cookie, ushort mss)
    {
        ResetToClosed();
        LocalIp = localIp; LocalPort = ack.DestinationPort; RemoteIp = remoteIp; RemotePort = ack.SourcePort;
        _irs = ack.Sequence - 1;
        _rcvNxt = ack.Sequence;
        InitSendSequence(cookie);
        _sndUna = cookie + 1; _sndNxt = cookie + 1; _sndMax = cookie + 1;
        SetSendMss(mss);
        _sndWnd = ack.Window; _sndWl1 = ack.Sequence; _sndWl2 = ack.Acknowledgment;
        State = TcpState.Established;
        Raise(SocketEvents.Connected | SocketEvents.Writable);
    }

    public void Process(ref TcpRepr seg, ReadOnlySpan<byte> payload, long nowMs, ITcpOutput output)
    {
        if (State == TcpState.Closed || State == TcpState.Listen) return;
        if (State == TcpState.SynSent) { ProcessSynSent(ref seg, nowMs, output); return; }

        if (State == TcpState.SynReceived && seg.Has(TcpFlags.Syn) && !seg.Has(TcpFlags.Ack) && seg.Sequence == _irs)
        {
            _sndNxt = _iss; // the peer lost our SYN-ACK: send it again now
            return;
        }
        int segLength = payload.Length + (seg.Has(TcpFlags.Syn) ? 1 : 0) + (seg.Has(TcpFlags.Fin) ? 1 : 0);
        if (!IsAcceptable(seg.Sequence, segLength))
        {
            // First check: answer an unacceptable segment with an ACK unless it is a RST.
            if (!seg.Has(TcpFlags.Rst)) _ackPending = true;
            if (State == TcpState.TimeWait && seg.Has(TcpFlags.Fin)) StartTimeWait(nowMs);
            return;
        }
        if (seg.Has(TcpFlags.Rst)) { ProcessRst(ref seg); return; }
        if (seg.Has(TcpFlags.Syn))
        {
            // RFC 5961 section 4.2: a SYN in a synchronized state gets a challenge ACK.
            _ackPending = true;
            return;
        }
        if (!seg.Has(TcpFlags.Ack)) return;
        if (!ProcessAck(ref seg, payload.Length, nowMs, output)) return;

        bool finUsable = true;
        if (State == TcpState.Established || State == TcpState.FinWait1 || State == TcpState.FinWait2)
            finUsable = ProcessData(seg.Sequence, payload);
        if (seg.Has(TcpFlags.Fin)) ProcessFin(seg.Sequence + (uint)payload.Length, finUsable, nowMs);
        else if (_hasPendingFin && _pendingFinSeq == _rcvNxt) AcceptFin(nowMs);
    }

    void ProcessSynSent(ref TcpRepr seg, long nowMs, ITcpOutput output)
    {
        bool hasAck = seg.Has(TcpFlags.Ack);
        if (hasAck && (SeqNumber.Le(seg.Acknowledgment, _iss) || SeqNumber.Gt(seg.Acknowledgment, _sndMax)))
        {
            if (!seg.Has(TcpFlags.Rst)) SendControl(output, seg.Acknowledgment, TcpFlags.Rst);
            return;
        }
        if (seg.Has(TcpFlags.Rst))
        {
            if (hasAck) EnterClosed(TcpError.Refused);
            return;
        }
        if (!seg.Has(TcpFlags.Syn)) return;
        _irs = seg.Sequence;
        _rcvNxt = seg.Sequence + 1;
        SetSendMss(seg.MaxSegmentSize);
        _sndWnd = seg.Window; _sndWl1 = seg.Sequence; _sndWl2 = seg.Acknowledgment;
        _ackPending = true;
        if (hasAck)
        {
            OnNewAck(seg.Acknowledgment, nowMs);
            State = TcpState.Established;
            Raise(SocketEvents.Connected | SocketEvents.Writable);
        }
        else
        {
            // Simultaneous open: resend our SYN as a SYN-ACK.
            State = TcpState.SynReceived;
            _sndNxt = _iss;
        }
    }

    bool IsAcceptable(uint seq, int segLength)
    {
        int window = ReceiveWindow();
        if (window == 0) return seq == _rcvNxt; // still take its ACK and RST (RFC 9293 3.10.7.4)
        bool startIn = SeqNumber.Le(_rcvNxt, seq) && SeqNumber.Lt(seq, _rcvNxt + (uint)window);
        // Like Linux, take an empty segment sitting exactly on the right window edge (RFC 9293
        // says '<'); a peer whose data filled our window may well send its ACKs there.
        if (segLength == 0) return startIn || seq == _rcvNxt + (uint)window;
        uint last = seq + (uint)segLength - 1;
        return startIn || (SeqNumber.Le(_rcvNxt, last) && SeqNumber.Lt(last, _rcvNxt + (uint)window));
    }

    void ProcessRst(ref TcpRepr seg)
    {
        // RFC 5961 section 3.2: only an exact RCV.NXT match resets; other in-window RSTs get
        // a challenge ACK so a blind attacker cannot guess its way in.
        if (seg.Sequence != _rcvNxt) { _ackPending = true; return; }
        switch (State)
        {
            case TcpState.SynReceived:
                EnterClosed(ListenerHandle >= 0 ? TcpError.None : TcpError.Refused);
                break;
            case TcpState.Established:
            case TcpState.FinWait1:
            case TcpState.FinWait2:
            case TcpState.CloseWait:
                EnterClosed(TcpError.Reset);
                break;
            default:
                EnterClosed(TcpError.None);
                break;
        }
    }

    /// <summary>Fifth check of 3.10.7.4. Returns false when the segment must be dropped.</summary>
    bool ProcessAck(ref TcpRepr seg, int payloadLength, long nowMs, ITcpOutput output)
    {
        uint ack = seg.Acknowledgment;
        if (State == TcpState.SynReceived)
        {
            if (!(SeqNumber.Lt(_sndUna, ack) && SeqNumber.Le(ack, _sndMax)))
            {
                SendControl(output, ack, TcpFlags.Rst);
                return false;
            }
            State = _finQueued ? TcpState.FinWait1 : TcpState.Established;
            _sndWnd = seg.Window; _sndWl1 = seg.Sequence; _sndWl2 = ack;
            Raise(SocketEvents.Connected | SocketEvents.Writable);
        }
        if (SeqNumber.Gt(ack, _sndMax)) { _ackPending = true; return false; }
        if (SeqNumber.Ge(ack, _sndUna))
        {
            bool duplicate = ack == _sndUna && payloadLength == 0 && !seg.Has(TcpFlags.Fin)
                && seg.Window == _sndWnd && _sndMax != _sndUna;
            if (SeqNumber.Gt(ack, _sndUna)) OnNewAck(ack, nowMs);
            else if (duplicate) OnDuplicateAck();
            if (SeqNumber.Lt(_sndWl1, seg.Sequence) || (_sndWl1 == seg.Sequence && SeqNumber.Le(_sndWl2, ack)))
            {
                if (_sndWnd == 0 && seg.Window > 0) StopPersist();
                _sndWnd = seg.Window; _sndWl1 = seg.Sequence; _sndWl2 = ack;
            }
        }
        return State != TcpState.Closed;
    }

    void OnNewAck(uint ack, long nowMs)
    {
        int acked = SeqNumber.Diff(ack, _sndUna);
        int dataAcked = SeqNumber.Diff(ack, _txStartSeq);
        if (dataAcked > _tx.Count) dataAcked = _tx.Count;
        if (dataAcked > 0)
        {
            _tx.Discard(dataAcked);
            _txStartSeq += (uint)dataAcked;
            if (!_finQueued) Raise(SocketEvents.Writable);
        }
        bool finAcked = _finQueued && _tx.Count == 0 && ack == _txStartSeq + 1;
        _sndUna = ack;
        if (SeqNumber.Lt(_sndNxt, _sndUna)) _sndNxt = _sndUna;
        OnAckTimers(ack, acked, nowMs);
        if (finAcked) OnFinAcked(nowMs);
    }

    void OnFinAcked(long nowMs)
    {
        if (State == TcpState.FinWait1) { State = TcpState.FinWait2; StartFinWait2(nowMs); }
        else if (State == TcpState.Closing) StartTimeWait(nowMs);
        else if (State == TcpState.LastAck) EnterClosed(TcpError.None);
    }

    /// <summary>Sixth and seventh steps: place data, possibly out of order. Returns false when
    /// data was cut by the window, so a FIN riding on it must be ignored.</summary>
    bool ProcessData(uint seq, ReadOnlySpan<byte> data)
    {
        int skip = SeqNumber.Diff(_rcvNxt, seq);
        if (skip > 0)
        {
            if (skip >= data.Length) { if (data.Length > 0) _ackPending = true; return true; }
            data = data.Slice(skip);
            seq = _rcvNxt;
        }
        if (data.Length == 0) return true;
        _ackPending = true; // every data segment is acknowledged at once (duplicate ACKs drive fast retransmit)
        int offset = SeqNumber.Diff(seq, _rcvNxt);
        int written = _rx.WriteUnallocated(offset, data);
        if (written > 0 && _assembler.Add(offset, written))
        {
            int contiguous = _assembler.TakeFront();
            if (contiguous > 0)
            {
                _rx.CommitUnallocated(contiguous);
                _rcvNxt += (uint)contiguous;
                Raise(SocketEvents.Readable);
            }
        }
        return written == data.Length;
    }

    void ProcessFin(uint finSeq, bool finUsable, long nowMs)
    {
        if (State == TcpState.TimeWait) { _ackPending = true; StartTimeWait(nowMs); return; }
        if (!finUsable) return;
        if (finSeq == _rcvNxt) AcceptFin(nowMs);
        else if (SeqNumber.Gt(finSeq, _rcvNxt)) { _hasPendingFin = true; _pendingFinSeq = finSeq; }
        else _ackPending = true; // a repeated FIN
    }

    void AcceptFin(long nowMs)
    {
        _hasPendingFin = false;
        if (_finReceived) { _ackPending = true; return; }
        _finReceived = true;
        _rcvNxt++;
        _ackPending = true;
        Raise(SocketEvents.Readable);
        switch (State)
        {
            case TcpState.SynReceived:
            case TcpState.Established: State = TcpState.CloseWait; break;
            case TcpState.FinWait1: State = TcpState.Closing; break;
            case TcpState.FinWait2: StartTimeWait(nowMs); break;
            default: break;
        }
    }

    void SetSendMss(ushort peerMss)
    {
        int mss = peerMss == 0 ? DefaultSendMss : peerMss;
        if (mss > LocalMss) mss = LocalMss;
        if (mss < 64) mss = 64; // refuse absurd tiny segments
        _sendMss = (ushort)mss;
        InitCongestion(); // the initial window depends on the MSS (RFC 5681 3.1)
    }
}
