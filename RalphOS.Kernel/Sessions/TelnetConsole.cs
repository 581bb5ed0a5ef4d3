// TelnetConsole: a BASIC session's terminal over a TCP connection, through the telnet
// codec (RalphOS.Net.Telnet). Received bytes are decoded into keys (Enter, Backspace,
// Ctrl-U) for the line editor; Ctrl-C or IAC IP becomes the session task's break request,
// noticed even while a program runs because PollBreak reads the connection now and then,
// and while it sleeps or waits on a socket because the console is the task's break source
// (IBreakSource: input on the connection wakes the task to read it, TelnetServer).
// Output is encoded (\n as CR LF, IAC doubled) and sent in full. Typed characters are
// echoed only when the client agreed that the server echoes (netcat does not).
using System;
using System.Collections.Generic;
using RalphOS.Basic.Host;
using RalphOS.Kernel.BasicShell;
using RalphOS.Kernel.Network;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;
using RalphOS.Net.Iface;
using RalphOS.Net.Tcp;
using RalphOS.Net.Telnet;

namespace RalphOS.Kernel.Sessions;

internal sealed class TelnetConsole : ISessionConsole, IBreakSource
{
    private const int BufferSize = 1024;
    private const ulong BreakCheckIntervalMs = 10;
    private const ulong IdleTimeoutMs = 30 * 60 * 1000;
    private const ulong SendTimeoutMs = 30_000;
    private const int MaxPendingKeys = 4096;
    private const int WouldBlock = -1;

    private readonly NetStack _stack;
    private readonly int _connection;
    private readonly TelnetSession _telnet = new TelnetSession();
    private readonly LineEditor _editor;
    private readonly Queue<byte> _keys = new Queue<byte>();
    private readonly byte[] _received = new byte[BufferSize];
    private readonly byte[] _decoded = new byte[BufferSize];
    private readonly byte[] _wire = new byte[BufferSize];
    private ulong _lastBreakCheck;
    private int _ioDepth;              // > 0 while the console itself reads or writes

    public TelnetConsole(NetStack stack, int connection)
    {
        _stack = stack;
        _connection = connection;
        _editor = new LineEditor(Echo);
        _telnet.Start();
        SendReplies();
    }

    public bool IsClosed { get; private set; }

    // Ends the session's side of the connection. Programs the session spawned see IsClosed
    // and stop writing: the connection number may soon belong to another client.
    public void Close()
    {
        IsClosed = true;
        _stack.TcpClose(_connection);
    }

    public void Write(string text)
    {
        int start = 0;
        while (start < text.Length && !IsClosed)
        {
            TelnetOutputResult result = TelnetEncoder.Encode(text, start, _wire);
            start += result.Consumed;
            SendAll(new ReadOnlySpan<byte>(_wire, 0, result.Written));
        }
    }

    // A line typed while a program runs (INPUT): on Ctrl-C an empty line, with the break
    // left pending for the interpreter; false when the client has gone.
    public bool ReadLine(out string line)
    {
        line = ReadEditedLine(stopOnBreak: true);
        if (line == null && IsClosed)
            return false;
        line ??= "";
        return true;
    }

    // A line at the REPL prompt (Ctrl-C abandons it); null when the client has gone.
    public string ReadPromptLine() => ReadEditedLine(stopOnBreak: false);

    public string ReadKey()
    {
        if (_keys.Count == 0)
            Pump(wait: false);
        return _keys.Count > 0 ? new string((char)_keys.Dequeue(), 1) : "";
    }

    public bool PollBreak()
    {
        ulong now = Clock.Milliseconds;
        if (now - _lastBreakCheck >= BreakCheckIntervalMs)
        {
            _lastBreakCheck = now;
            Pump(wait: false);
        }
        KernelTask self = Scheduler.Current;
        if (!self.BreakRequested)
            return IsClosed; // a hung-up session stops its program too
        self.BreakRequested = false;
        return true;
    }

    // The break source: reads what the client sent while the program sleeps or waits on a
    // socket. A client that hung up is a break too, so its program stops at once.
    public bool CheckForBreak()
    {
        if (_ioDepth > 0)
            return false;
        Pump(wait: false);
        if (IsClosed)
            Scheduler.Current.BreakRequested = true;
        return true;
    }

    private string ReadEditedLine(bool stopOnBreak)
    {
        KernelTask self = Scheduler.Current;
        for (;;)
        {
            if (self.BreakRequested)
            {
                _editor.Clear();
                Write("^C\n");
                if (stopOnBreak)
                    return null;
                self.BreakRequested = false;
            }
            while (_keys.Count > 0)
            {
                string line = _editor.Feed(_keys.Dequeue());
                if (line != null)
                    return line;
            }
            if (IsClosed || !Pump(wait: true))
                return null;
        }
    }

    // Reads what the client sent (waiting for it when asked); false once it has gone.
    private bool Pump(bool wait)
    {
        if (IsClosed)
            return false;
        _ioDepth++;
        bool open = Receive(wait);
        _ioDepth--;
        return open;
    }

    private bool Receive(bool wait)
    {
        int count = _stack.TcpReceive(_connection, _received);
        if (count == WouldBlock && wait)
        {
            NetworkService.Sockets.WaitForTcp(_stack, _connection, SocketEvents.Readable | SocketEvents.Closed, IdleTimeoutMs);
            count = _stack.TcpReceive(_connection, _received);
        }
        if (count == WouldBlock)
            return true;
        if (count <= 0)
        {
            IsClosed = true;
            return false;
        }
        Decode(count);
        return true;
    }

    private void Decode(int count)
    {
        int offset = 0;
        while (offset < count)
        {
            TelnetInputResult result = _telnet.Receive(new ReadOnlySpan<byte>(_received, offset, count - offset), _decoded);
            for (int i = 0; i < result.Written && _keys.Count < MaxPendingKeys; i++)
                _keys.Enqueue(_decoded[i]);
            if (result.Signal == TelnetSignal.Break)
                Scheduler.Current.BreakRequested = true;
            offset += result.Consumed;
            SendReplies();
            if (result.Consumed == 0)
                break;
        }
    }

    private void Echo(string text)
    {
        if (_telnet.ServerEchoes)
            Write(text);
    }

    private void SendReplies()
    {
        int count;
        while ((count = _telnet.DrainReplies(_wire)) > 0)
            SendAll(new ReadOnlySpan<byte>(_wire, 0, count));
    }

    // A connection that cannot take our output in time is treated as gone.
    private void SendAll(ReadOnlySpan<byte> data)
    {
        if (IsClosed)
            return;
        _ioDepth++;
        if (NetworkService.Sockets.SendAll(_stack, _connection, data, SendTimeoutMs, BreakPolicy.Continue) < data.Length)
            IsClosed = true;
        _ioDepth--;
    }
}
