// TcpSocket: one TCP connection endpoint (RFC 9293), with its own send and receive rings
// allocated once when the socket is created. This file holds the state, the user calls
// (Open/Listen/Connect/Send/Receive/Close/Abort) and readiness events; segment arrival is in
// TcpSocket.Input.cs, segment output in TcpSocket.Output.cs, timers and congestion control in
// TcpSocket.Timers.cs. The socket sees only TcpRepr values and payload spans; SocketTable
// demultiplexes segments to it and NetStack carries its output (ITcpOutput).
using System;
using RalphOS.Net.Storage;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Tcp;

public sealed partial class TcpSocket
{
    /// <summary>Bytes per direction (the requirement is at least 16 KiB).</summary>
    public const int DefaultBufferSize = 16384;
    /// <summary>MSS assumed when the peer sends none (RFC 9293 section 3.7.1).</summary>
    public const ushort DefaultSendMss = 536;
    /// <summary>Our MSS: Ethernet MTU minus 20-byte IPv4 and TCP headers.</summary>
    public const ushort LocalMss = EthernetRepr.Mtu - 40;

    readonly RingBuffer _tx;
    readonly RingBuffer _rx;
    readonly Assembler _assembler = new Assembler();

    public TcpState State { get; private set; }
    public TcpError Error { get; private set; }
    public Ipv4Address LocalIp { get; private set; }
    public ushort LocalPort { get; private set; }
    public Ipv4Address RemoteIp { get; private set; }
    public ushort RemotePort { get; private set; }
    /// <summary>For a connection created by a listener: the listener's handle, else -1.</summary>
    public int ListenerHandle = -1;
    /// <summary>True once the connection has been handed out by Accept.</summary>
    public bool Accepted;
    /// <summary>True once no application holds the handle (set by Orphan).</summary>
    public bool Orphaned { get; private set; }

    int _events;

    // Send sequence variables (RFC 9293 section 3.3.1).
    uint _iss, _sndUna, _sndNxt, _sndWl1, _sndWl2;
    /// <summary>Highest sequence number sent so far (SND.NXT may rewind on timeout).</summary>
    uint _sndMax;
    /// <summary>Sequence number of the first byte held in _tx.</summary>
    uint _txStartSeq;
    int _sndWnd;
    ushort _sendMss = DefaultSendMss;
    bool _finQueued;

    // Receive sequence variables.
    uint _irs, _rcvNxt;
    bool _finReceived;
    bool _hasPendingFin;
    uint _pendingFinSeq;
    int _lastAdvertisedWindow;
    bool _ackPending;

    public TcpSocket(int bufferSize)
    {
        _tx = new RingBuffer(bufferSize);
        _rx = new RingBuffer(bufferSize);
        ResetToClosed();
    }

    public int BytesToRead => _rx.Count;
    public int SendSpace => _finQueued ? 0 : _tx.Free;
    public int BytesUnacknowledged => _tx.Count;
    /// <summary>The peer closed its direction and all its data has been read.</summary>
    public bool AtEndOfStream => _finReceived && _rx.Count == 0;
    public bool IsSynchronized => State >= TcpState.Established;

    /// <summary>Current readiness as SocketEvents bits (level, not edge).</summary>
    public int Readiness()
    {
        int r = 0;
        if (_rx.Count > 0 || _finReceived || State == TcpState.Closed) r |= SocketEvents.Readable;
        if (CanSendState() && _tx.Free > 0 && !_finQueued) r |= SocketEvents.Writable;
        if (State == TcpState.Closed) r |= SocketEvents.Closed;
        return r;
    }

    /// <summary>Returns and clears the events raised since the last call.</summary>
    public int TakeEvents() { int e = _events; _events = 0; return e; }

    void Raise(int events) { _events |= events; }

    bool CanSendState() => State == TcpState.Established || State == TcpState.CloseWait
        || State == TcpState.SynSent || State == TcpState.SynReceived;

    void ResetToClosed()
    {
        State = TcpState.Closed;
        _tx.Clear(); _rx.Clear(); _assembler.Clear();
        _finQueued = false; _finReceived = false; _hasPendingFin = false; _ackPending = false;
        _sndWnd = 0; _sendMss = DefaultSendMss;
        ResetTimers();
    }

    /// <summary>Returns a closed socket to its just-created state for reuse by the table.</summary>
    public void Release()
    {
        ResetToClosed();
        Error = TcpError.None;
        ListenerHandle = -1;
        Accepted = false;
        Orphaned = false;
        _events = 0;
        LocalPort = 0; RemotePort = 0;
        LocalIp = Ipv4Address.Any; RemoteIp = Ipv4Address.Any;
    }

    public void Listen(Ipv4Address localIp, ushort localPort)
    {
        ResetToClosed();
        LocalIp = localIp;
        LocalPort = localPort;
        State = TcpState.Listen;
    }

    /// <summary>Active open (RFC 9293 3.10.1): the SYN goes out on the next Dispatch.</summary>
    public void Connect(Ipv4Address localIp, ushort localPort, Ipv4Address remoteIp, ushort remotePort, uint iss, long nowMs)
    {
        ResetToClosed();
        LocalIp = localIp; LocalPort = localPort; RemoteIp = remoteIp; RemotePort = remotePort;
        InitSendSequence(iss);
        State = TcpState.SynSent;
    }

    void InitSendSequence(uint iss)
    {
        _iss = iss; _sndUna = iss; _sndNxt = iss; _sndMax = iss; _txStartSeq = iss + 1;
        InitCongestion();
    }

    /// <summary>Queues data; returns how many bytes fit (0 when the buffer is full).</summary>
    public int Send(ReadOnlySpan<byte> data)
    {
        if (!CanSendState() || _finQueued) return 0;
        return _tx.Enqueue(data);
    }

    /// <summary>Copies received data out; opening the window may call for a window update.</summary>
    public int Receive(Span<byte> destination)
    {
        int n = _rx.Dequeue(destination);
        if (n > 0 && IsSynchronized)
        {
            // RFC 9293 3.8.6.2.2: announce the window once it has grown by an MSS or half the buffer.
            int window = ReceiveWindow();
            if (window - _lastAdvertisedWindow >= Math.Min(_rx.Capacity / 2, LocalMss)) _ackPending = true;
        }
        return n;
    }

    /// <summary>Graceful close (RFC 9293 3.10.4): the FIN follows all queued data.</summary>
    public void Close()
    {
        switch (State)
        {
            case TcpState.Listen:
            case TcpState.SynSent:
                ResetToClosed();
                Raise(SocketEvents.Closed);
                break;
            case TcpState.SynReceived:
                _finQueued = true; // sent once the handshake completes
                break;
            case TcpState.Established:
                _finQueued = true;
                State = TcpState.FinWait1;
                break;
            case TcpState.CloseWait:
                _finQueued = true;
                State = TcpState.LastAck;
                break;
            default:
                break;
        }
    }

    /// <summary>Abort (RFC 9293 3.10.5): send RST if synchronized, then Closed.</summary>
    public void Abort(ITcpOutput output)
    {
        if (State == TcpState.SynReceived || (State >= TcpState.Established && State != TcpState.TimeWait))
            SendControl(output, _sndNxt, TcpFlags.Rst);
        Error = TcpError.Aborted;
        ResetToClosed();
        Raise(SocketEvents.Closed);
    }

    int ReceiveWindow()
    {
        int w = _rx.Free;
        return w > 65535 ? 65535 : w;
    }

    /// <summary>The connection is over. Data already received stays readable (a normal close
    /// from LAST-ACK or TIME-WAIT must not lose what the application has not read yet); it is
    /// discarded when the handle is released or the socket reused.</summary>
    void EnterClosed(TcpError error)
    {
        if (error != TcpError.None) Error = error;
        State = TcpState.Closed;
        _tx.Clear(); _assembler.Clear();
        _finQueued = false; _hasPendingFin = false; _ackPending = false;
        _sndWnd = 0;
        ResetTimers();
        Raise(SocketEvents.Closed | SocketEvents.Readable);
    }
}
