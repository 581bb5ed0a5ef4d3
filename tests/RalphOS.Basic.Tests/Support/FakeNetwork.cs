// IBasicSockets for running a server program against scripted FakeHttpClients: one
// listener, connections that deliver their request pieces one per RECV$ (at most 1024
// bytes, as the kernel does), record what the server SENDs and when it CLOSEs. Every
// socket call advances the fake clock by MsPerCall. Misuse (a send after close, a non-byte
// character, a bad handle) is recorded in Errors. When every client has been closed, or
// after MaxCalls calls, it asks the console to break so the BASIC run always ends.
using System.Collections.Generic;
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Tests.Support;

public sealed class FakeNetwork : IBasicSockets
{
    public const int ListenerHandle = 0;
    public const int FirstConnectionHandle = 3;
    private const int MaxReceiveBytes = 1024;
    private const int StateClosed = 0, StateListen = 1, StateEstablished = 4, StateCloseWait = 7;

    public readonly List<string> Errors = new List<string>();
    public readonly List<FakeHttpClient> Clients = new List<FakeHttpClient>();
    public int ListenPort = -1;
    public long MsPerCall = 1;
    public long MaxCalls = 2_000_000;
    public long Calls;

    private readonly FakeConsole _console;
    private readonly FakeClock _clock;
    private readonly Dictionary<int, FakeHttpClient> _open = new Dictionary<int, FakeHttpClient>();
    private int _nextHandle = FirstConnectionHandle;
    private int _socketsMade;
    private int _closed;
    private bool _stopping;
    private bool _listenerClosed;
    public int CloseAllCalls;

    public FakeNetwork(FakeConsole console, FakeClock clock)
    {
        _console = console;
        _clock = clock;
    }

    public int Socket()
    {
        Tick();
        return _socketsMade++ == 0 ? ListenerHandle : -1;
    }

    public int Listen(int socket, int port)
    {
        Tick();
        if (socket != ListenerHandle) { Errors.Add("listen on handle " + socket.ToString()); return 0; }
        ListenPort = port;
        return 1;
    }

    public int Accept(int socket)
    {
        Tick();
        if (socket != ListenerHandle || ListenPort < 0) { Errors.Add("accept on handle " + socket.ToString()); return -1; }
        foreach (var c in Clients)
        {
            if (c.Handle >= 0 || c.ClosedByServer) continue;
            if (c.StartAfter != null && !c.StartAfter.ClosedByServer) continue;
            if (c.Compose != null) { c.Pieces.Clear(); c.Pieces.Add(c.Compose()); }
            c.Handle = _nextHandle++;
            _open[c.Handle] = c;
            return c.Handle;
        }
        return -1;
    }

    public bool Owns(int socket) =>
        (socket == ListenerHandle && _socketsMade > 0 && !_listenerClosed) || _open.ContainsKey(socket);

    /// <summary>RUN, CLEAR and END close everything (counted, not treated as a client close).</summary>
    public void CloseAll()
    {
        CloseAllCalls++;
        if (_socketsMade > 0) _listenerClosed = true;
        _open.Clear();
    }

    public int Connect(int socket, string ip, int port)
    {
        Errors.Add("connect");
        return 0;
    }

    public string Receive(int socket)
    {
        Tick();
        if (!_open.TryGetValue(socket, out var c)) { Errors.Add("recv on handle " + socket.ToString()); return ""; }
        if (c.AllSent) return "";
        if (c.Waited < c.Gap) { c.Waited++; return ""; }
        string piece = c.Pieces[c.NextPiece];
        if (piece.Length > MaxReceiveBytes)
        {
            c.Pieces[c.NextPiece] = piece.Substring(MaxReceiveBytes);
            return piece.Substring(0, MaxReceiveBytes);
        }
        c.NextPiece++;
        c.Waited = 0;
        return piece;
    }

    public int Send(int socket, string text)
    {
        Tick();
        if (!_open.TryGetValue(socket, out var c)) { Errors.Add("send on handle " + socket.ToString()); return 0; }
        foreach (char ch in text)
            if (ch > '\u00ff') { Errors.Add("non-byte character sent to " + c.Name); break; }
        c.Received.Append(text);
        return text.Length;
    }

    public void Close(int socket)
    {
        Tick();
        if (!_open.TryGetValue(socket, out var c)) { Errors.Add("close of handle " + socket.ToString()); return; }
        _open.Remove(socket);
        c.ClosedByServer = true;
        c.CloseOrder = ++_closed;
        c.ClosedAtMs = _clock.Ms;
        if (_closed == Clients.Count) Stop();
    }

    public int State(int socket)
    {
        Tick();
        if (socket == ListenerHandle && ListenPort >= 0) return StateListen;
        if (!_open.TryGetValue(socket, out var c)) return StateClosed;
        return c.HangUpAfterSending && c.AllSent ? StateCloseWait : StateEstablished;
    }

    public int Ping(string ip) => -1;
    public string Resolve(string name) => "";
    public string HttpGet(string url) => "";
    public int HttpStatus => 0;
    public string LastError => "";

    private void Tick()
    {
        Calls++;
        _clock.Ms += MsPerCall;
        if (Calls >= MaxCalls) { Errors.Add("call limit reached"); Stop(); }
    }

    /// <summary>Breaks the program at the console's next poll (the run loop polls every 1024 statements).</summary>
    private void Stop()
    {
        if (_stopping) return;
        _stopping = true;
        _console.BreakOnPoll = _console.Polls + 1;
    }
}
