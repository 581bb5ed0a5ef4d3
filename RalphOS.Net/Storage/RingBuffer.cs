// RingBuffer: a fixed-capacity byte queue allocated once (TCP send and receive buffers).
// Enqueue/Dequeue/Peek/Discard move queued bytes; WriteUnallocated/CommitUnallocated let the
// TCP receiver place out-of-order data in the free space past the queued bytes and make it
// readable later, without copying. Never allocates after construction.
using System;

namespace RalphOS.Net.Storage;

public sealed class RingBuffer
{
    readonly byte[] _data;
    int _read;
    int _count;

    public RingBuffer(int capacity) { _data = new byte[capacity]; }

    public int Capacity => _data.Length;
    public int Count => _count;
    public int Free => _data.Length - _count;
    public bool IsEmpty => _count == 0;

    public void Clear() { _read = 0; _count = 0; }

    public int Enqueue(ReadOnlySpan<byte> source)
    {
        int n = WriteUnallocated(0, source);
        _count += n;
        return n;
    }

    public int Dequeue(Span<byte> destination)
    {
        int n = Peek(0, destination);
        Discard(n);
        return n;
    }

    /// <summary>Copies queued bytes starting offset bytes after the read position.</summary>
    public int Peek(int offset, Span<byte> destination)
    {
        if (offset < 0 || offset >= _count) return 0;
        int n = Math.Min(destination.Length, _count - offset);
        int start = (_read + offset) % _data.Length;
        int first = Math.Min(n, _data.Length - start);
        new Span<byte>(_data, start, first).CopyTo(destination);
        if (first < n) new Span<byte>(_data, 0, n - first).CopyTo(destination.Slice(first));
        return n;
    }

    public void Discard(int n)
    {
        if (n > _count) n = _count;
        if (n <= 0) return;
        _read = (_read + n) % _data.Length;
        _count -= n;
        // Do not rewind _read when empty: out-of-order data may sit past it (WriteUnallocated).
    }

    /// <summary>Writes into the free space offset bytes past the queued data, without making
    /// it readable. Returns how many bytes fit.</summary>
    public int WriteUnallocated(int offset, ReadOnlySpan<byte> source)
    {
        int room = Free - offset;
        if (offset < 0 || room <= 0) return 0;
        int n = Math.Min(room, source.Length);
        int start = (_read + _count + offset) % _data.Length;
        int first = Math.Min(n, _data.Length - start);
        source.Slice(0, first).CopyTo(new Span<byte>(_data, start, _data.Length - start));
        if (first < n) source.Slice(first, n - first).CopyTo(new Span<byte>(_data));
        return n;
    }

    /// <summary>Makes n bytes written by WriteUnallocated(0, ...) readable.</summary>
    public void CommitUnallocated(int n)
    {
        if (n > Free) n = Free;
        if (n > 0) _count += n;
    }
}
