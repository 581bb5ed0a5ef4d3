// StreamPeer: plays an application on one TCP handle during TwoHosts.RunUntil: writes its
// outgoing bytes as send space allows (closing after the last one if asked), and reads
// everything that arrives until end of stream.
using System;
using System.Collections.Generic;
using RalphOS.Net.Iface;

namespace RalphOS.Net.Tests.Support;

public sealed class StreamPeer
{
    readonly NetStack _stack;
    readonly byte[] _outgoing;
    readonly bool _closeWhenSent;
    readonly byte[] _buffer = new byte[4096];
    int _sent;
    public int Handle;
    public readonly List<byte> Received = new();
    public bool EndOfStream;
    public bool Closed;
    public bool ShutDown;
    public int LastError;

    public StreamPeer(NetStack stack, int handle, byte[] outgoing, bool closeWhenSent)
    {
        _stack = stack; Handle = handle; _outgoing = outgoing ?? Array.Empty<byte>(); _closeWhenSent = closeWhenSent;
    }

    public bool AllSent => _sent == _outgoing.Length;

    public void Step()
    {
        if (Closed) return;
        while (!ShutDown && _sent < _outgoing.Length)
        {
            int n = _stack.TcpSend(Handle, _outgoing.AsSpan(_sent, Math.Min(4096, _outgoing.Length - _sent)));
            if (n <= 0) { if (n < -1) LastError = n; break; }
            _sent += n;
        }
        while (!EndOfStream)
        {
            int n = _stack.TcpReceive(Handle, _buffer);
            if (n > 0) { for (int i = 0; i < n; i++) Received.Add(_buffer[i]); continue; }
            if (n == 0) EndOfStream = true;
            else if (n < -1) { LastError = n; EndOfStream = true; }
            break;
        }
        if (!ShutDown && _closeWhenSent && AllSent)
        {
            _stack.TcpShutdown(Handle);
            ShutDown = true;
        }
        if (ShutDown && EndOfStream && !Closed)
        {
            _stack.TcpClose(Handle);
            Closed = true;
        }
    }
}
