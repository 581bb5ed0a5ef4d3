// Ipv4Reassembler: puts fragmented IPv4 datagrams back together (RFC 791 section 3.2,
// "Fragmentation and Reassembly", and RFC 815) with hard limits: MaxDatagrams in progress,
// MaxDatagramSize bytes each, MaxFragments pieces each, and a TimeoutMs lifetime (RFC 791
// suggests 15 s). Overlapping fragments drop the whole datagram (as RFC 5722 mandates for
// IPv6), which defeats overlap attacks. Buffers are allocated once. Used by NetStack.
using System;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Iface;

public sealed class Ipv4Reassembler
{
    public const int MaxDatagrams = 4;
    public const int MaxDatagramSize = 16384;
    public const int MaxFragments = 32;
    public const int TimeoutMs = 15000;

    readonly byte[][] _buffer = new byte[MaxDatagrams][];
    readonly bool[] _used = new bool[MaxDatagrams];
    readonly Ipv4Address[] _source = new Ipv4Address[MaxDatagrams];
    readonly Ipv4Address[] _destination = new Ipv4Address[MaxDatagrams];
    readonly ushort[] _id = new ushort[MaxDatagrams];
    readonly byte[] _protocol = new byte[MaxDatagrams];
    readonly long[] _expiresAt = new long[MaxDatagrams];
    readonly int[] _totalLength = new int[MaxDatagrams];   // -1 until the last fragment is seen
    readonly int[] _fragmentCount = new int[MaxDatagrams];
    readonly int[] _received = new int[MaxDatagrams];
    readonly int[][] _start = new int[MaxDatagrams][];
    readonly int[][] _end = new int[MaxDatagrams][];

    public long Timeouts { get; private set; }

    public Ipv4Reassembler()
    {
        for (int i = 0; i < MaxDatagrams; i++)
        {
            _buffer[i] = new byte[MaxDatagramSize];
            _start[i] = new int[MaxFragments];
            _end[i] = new int[MaxFragments];
        }
    }

    /// <summary>Adds one fragment. On Complete, slot names the datagram: read it with
    /// Payload(slot) and then call Release(slot).</summary>
    public ReassemblyResult Add(ref Ipv4Repr repr, ReadOnlySpan<byte> payload, long nowMs, out int slot)
    {
        slot = Find(ref repr);
        int start = repr.FragmentOffset;
        int end = start + payload.Length;
        if (end > MaxDatagramSize) { if (slot >= 0) Release(slot); return ReassemblyResult.DroppedTooLarge; }
        if (slot < 0)
        {
            slot = Array.IndexOf(_used, false);
            if (slot < 0) return ReassemblyResult.DroppedNoSlot;
            _used[slot] = true;
            _source[slot] = repr.Source; _destination[slot] = repr.Destination;
            _id[slot] = repr.Identification; _protocol[slot] = repr.Protocol;
            _expiresAt[slot] = nowMs + TimeoutMs;
            _totalLength[slot] = -1; _fragmentCount[slot] = 0; _received[slot] = 0;
        }
        int[] starts = _start[slot], ends = _end[slot];
        int count = _fragmentCount[slot];
        for (int i = 0; i < count; i++)
            if (starts[i] == start && ends[i] == end) return ReassemblyResult.Incomplete; // exact duplicate
        for (int i = 0; i < count; i++)
            if (start < ends[i] && starts[i] < end) { Release(slot); return ReassemblyResult.DroppedOverlap; }
        if (count == MaxFragments) { Release(slot); return ReassemblyResult.DroppedTooManyFragments; }
        // Non-final fragments carry a multiple of 8 bytes (RFC 791); a last one fixes the size.
        if (repr.MoreFragments && (payload.Length & 7) != 0) { Release(slot); return ReassemblyResult.DroppedOverlap; }
        if (!repr.MoreFragments)
        {
            if (_totalLength[slot] >= 0 && _totalLength[slot] != end) { Release(slot); return ReassemblyResult.DroppedOverlap; }
            _totalLength[slot] = end;
        }
        if (_totalLength[slot] >= 0 && end > _totalLength[slot]) { Release(slot); return ReassemblyResult.DroppedTooLarge; }
        payload.CopyTo(new Span<byte>(_buffer[slot], start, payload.Length));
        starts[count] = start; ends[count] = end;
        _fragmentCount[slot] = count + 1;
        _received[slot] += payload.Length;
        return _totalLength[slot] >= 0 && _received[slot] == _totalLength[slot]
            ? ReassemblyResult.Complete : ReassemblyResult.Incomplete;
    }

    public ReadOnlySpan<byte> Payload(int slot) => new Span<byte>(_buffer[slot], 0, _totalLength[slot]);

    public void Release(int slot) { _used[slot] = false; }

    /// <summary>Discards datagrams whose timer ran out (RFC 791: the timer bounds buffer use).</summary>
    public void Expire(long nowMs)
    {
        for (int i = 0; i < MaxDatagrams; i++)
            if (_used[i] && nowMs >= _expiresAt[i]) { _used[i] = false; Timeouts++; }
    }

    public int InProgress
    {
        get { int n = 0; for (int i = 0; i < MaxDatagrams; i++) if (_used[i]) n++; return n; }
    }

    public long NextDeadline()
    {
        long next = -1;
        for (int i = 0; i < MaxDatagrams; i++)
            if (_used[i] && (next < 0 || _expiresAt[i] < next)) next = _expiresAt[i];
        return next;
    }

    int Find(ref Ipv4Repr repr)
    {
        for (int i = 0; i < MaxDatagrams; i++)
            if (_used[i] && _id[i] == repr.Identification && _source[i] == repr.Source
                && _destination[i] == repr.Destination && _protocol[i] == repr.Protocol) return i;
        return -1;
    }
}
