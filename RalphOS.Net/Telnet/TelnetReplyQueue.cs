// TelnetReplyQueue: the bytes the server owes the client (negotiation, AYT answers), in a
// fixed buffer allocated once. A reply is queued whole or not at all, so a storm of requests
// the server does not drain only fills the buffer. TelnetSession owns one; the server empties
// it through TelnetSession.DrainReplies.
using System;

namespace RalphOS.Net.Telnet;

internal sealed class TelnetReplyQueue
{
    /// <summary>Room for ~80 three-byte replies: far more than one round of negotiation.</summary>
    public const int Capacity = 256;

    readonly byte[] _data = new byte[Capacity];
    int _count;

    public int Count => _count;
    public int Free => Capacity - _count;

    public bool TryAppend(byte first, byte second, byte third)
    {
        if (Free < 3) return false;
        _data[_count] = first;
        _data[_count + 1] = second;
        _data[_count + 2] = third;
        _count += 3;
        return true;
    }

    /// <summary>Queues an ASCII text (chars below 256) whole, or nothing when it does not fit.</summary>
    public bool TryAppend(string text)
    {
        if (text.Length > Free) return false;
        for (int i = 0; i < text.Length; i++)
            _data[_count + i] = (byte)text[i];
        _count += text.Length;
        return true;
    }

    /// <summary>Moves up to destination.Length queued bytes out, oldest first.</summary>
    public int Drain(Span<byte> destination)
    {
        int n = Math.Min(destination.Length, _count);
        if (n <= 0) return 0;
        new Span<byte>(_data, 0, n).CopyTo(destination);
        // The buffer is small; sliding the rest down keeps the queue a plain prefix.
        // Span.CopyTo copies overlapping ranges correctly.
        if (n < _count) new Span<byte>(_data, n, _count - n).CopyTo(new Span<byte>(_data, 0, _count - n));
        _count -= n;
        return n;
    }
}
