// GranuleBitmap: a flat bitmap with one bit per 16-byte granule of a KernelHeap's block
// area, bit (granule & 63) of word (granule >> 6). The heap keeps three (HeapState): where
// blocks start (the first level of StartBitmap), which blocks the collector has marked, and
// which blocks may hold references. Keeping the last two beside the heap rather than in the
// block headers lets the collector mark an object that holds no references without
// touching its memory. Callers: StartBitmap, KernelHeap, KernelHeapWalker, HeapSweeper,
// HeapChecker, the collector's HeapTracer.
using System.Runtime.CompilerServices;

namespace Internal.Memory;

internal static unsafe class GranuleBitmap
{
    private const int WordShift = 6;
    private const nuint BitMask = 63;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSet(ulong* bits, nuint granule) => ((bits[granule >> WordShift] >> (int)(granule & BitMask)) & 1) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(ulong* bits, nuint granule) => bits[granule >> WordShift] |= 1UL << (int)(granule & BitMask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Clear(ulong* bits, nuint granule) => bits[granule >> WordShift] &= ~(1UL << (int)(granule & BitMask));

    // Clears the bits of granules [from, to), a word at a time.
    public static void ClearRange(ulong* bits, nuint from, nuint to)
    {
        if (from >= to)
        {
            return;
        }
        nuint first = from >> WordShift;
        nuint last = (to - 1) >> WordShift;
        ulong firstMask = ~0UL << (int)(from & BitMask);
        ulong lastMask = ~0UL >> (int)(BitMask - ((to - 1) & BitMask));
        if (first == last)
        {
            bits[first] &= ~(firstMask & lastMask);
            return;
        }
        bits[first] &= ~firstMask;
        for (nuint word = first + 1; word < last; word++)
        {
            bits[word] = 0;
        }
        bits[last] &= ~lastMask;
    }
}
