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

    // The word holding a granule's bit, and the bit within it: for loops that test several
    // bitmaps at one granule.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nuint Word(nuint granule) => granule >> WordShift;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Bit(nuint granule) => 1UL << (int)(granule & BitMask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSet(ulong* bits, nuint granule) => ((bits[granule >> WordShift] >> (int)(granule & BitMask)) & 1) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(ulong* bits, nuint granule) => bits[granule >> WordShift] |= 1UL << (int)(granule & BitMask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Clear(ulong* bits, nuint granule) => bits[granule >> WordShift] &= ~(1UL << (int)(granule & BitMask));
}
