// Assembler: bookkeeping for out-of-order TCP data (RFC 9293 section 3.10.7.4 lets a receiver
// keep segments beyond RCV.NXT). It records up to MaxRanges disjoint byte ranges, as offsets
// from RCV.NXT, that already sit in the receive ring's free space. TakeFront returns how many
// bytes became contiguous from offset 0 and rebases the rest. Fixed arrays, no allocation.
namespace RalphOS.Net.Storage;

public sealed class Assembler
{
    public const int MaxRanges = 16;

    readonly int[] _start = new int[MaxRanges];
    readonly int[] _end = new int[MaxRanges];
    int _count;

    public int RangeCount => _count;
    public bool IsEmpty => _count == 0;

    public void Clear() { _count = 0; }

    /// <summary>Records [offset, offset+length). Returns false when it would need more than
    /// MaxRanges ranges (the caller then simply does not keep the data).</summary>
    public bool Add(int offset, int length)
    {
        if (length <= 0) return true;
        int start = offset;
        int end = offset + length;
        // Find the first range that ends at or after start (ranges are sorted and disjoint).
        int i = 0;
        while (i < _count && _end[i] < start) i++;
        int j = i;
        while (j < _count && _start[j] <= end)
        {
            if (_start[j] < start) start = _start[j];
            if (_end[j] > end) end = _end[j];
            j++;
        }
        int merged = j - i;
        if (merged == 0 && _count == MaxRanges)
        {
            // Full: make room only if the new range lies before the farthest one, which is
            // forgotten (the sender retransmits it); data nearer RCV.NXT is worth more.
            if (i >= _count) return false;
            _count--;
        }
        int newCount = _count - merged + 1;
        if (merged == 0)
        {
            for (int k = _count; k > i; k--) { _start[k] = _start[k - 1]; _end[k] = _end[k - 1]; }
        }
        else if (merged > 1)
        {
            for (int k = j; k < _count; k++) { _start[k - merged + 1] = _start[k]; _end[k - merged + 1] = _end[k]; }
        }
        _start[i] = start;
        _end[i] = end;
        _count = newCount;
        return true;
    }

    /// <summary>If a range starts at offset 0, removes it, shifts the others down by its
    /// length and returns that length; otherwise 0.</summary>
    public int TakeFront()
    {
        if (_count == 0 || _start[0] != 0) return 0;
        int n = _end[0];
        for (int k = 1; k < _count; k++) { _start[k - 1] = _start[k] - n; _end[k - 1] = _end[k] - n; }
        _count--;
        return n;
    }
}
