// StartBitmap: one bit per 16-byte granule of a KernelHeap's block area, set where a block
// (free or allocated) starts, plus two summary levels (a bit per non-zero word of the level
// below) so FindStart reaches the nearest start below any address in a few word operations
// even inside a huge free block. Interface: WordsNeeded, Set, Clear, ClearBits, IsSet,
// FindStart, Granule, GranuleAt. Callers: KernelHeap, KernelHeapWalker, HeapSweeper,
// HeapChecker, the collector's HeapTracer.
using System.Runtime.CompilerServices;
using Internal.Numerics;

namespace Internal.Memory;

internal static unsafe class StartBitmap
{
    private const int GranuleShift = 4;

    // Words of the three levels for an area of `areaBytes`.
    public static void WordsNeeded(nuint areaBytes, out nuint startWords, out nuint summaryWords, out nuint topWords)
    {
        nuint granules = (areaBytes >> GranuleShift) + 1;
        startWords = (granules + 63) / 64;
        summaryWords = (startWords + 63) / 64;
        topWords = (summaryWords + 63) / 64;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(HeapState* heap, BlockHeader* block)
    {
        nuint granule = Granule(heap, (byte*)block);
        nuint word = granule >> 6;
        heap->StartBitmap[word] |= 1UL << (int)(granule & 63);
        heap->SummaryBitmap[word >> 6] |= 1UL << (int)(word & 63);
        heap->TopBitmap[word >> 12] |= 1UL << (int)((word >> 6) & 63);
    }

    public static void Clear(HeapState* heap, BlockHeader* block)
    {
        nuint granule = Granule(heap, (byte*)block);
        ClearBits(heap, granule >> 6, 1UL << (int)(granule & 63));
    }

    // Clears the bits `bits` of StartBitmap word `word` at once (a sweep gathers the starts
    // it removes word by word), keeping the summary levels right.
    public static void ClearBits(HeapState* heap, nuint word, ulong bits)
    {
        heap->StartBitmap[word] &= ~bits;
        if (heap->StartBitmap[word] == 0)
        {
            heap->SummaryBitmap[word >> 6] &= ~(1UL << (int)(word & 63));
            if (heap->SummaryBitmap[word >> 6] == 0)
            {
                heap->TopBitmap[word >> 12] &= ~(1UL << (int)((word >> 6) & 63));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSet(HeapState* heap, byte* address)
    {
        return GranuleBitmap.IsSet(heap->StartBitmap, Granule(heap, address));
    }

    // The start of the block containing `address` (inside the area), or null if none.
    public static BlockHeader* FindStart(HeapState* heap, byte* address)
    {
        nuint granule = Granule(heap, address);
        nuint word = granule >> 6;
        ulong bits = heap->StartBitmap[word] & (~0UL >> (63 - (int)(granule & 63)));
        if (bits == 0)
        {
            if (!PreviousNonZeroWord(heap, word, out word))
            {
                return null;
            }
            bits = heap->StartBitmap[word];
        }
        nuint start = (word << 6) + (nuint)HighestBit(bits);
        return (BlockHeader*)(heap->AreaStart + (start << GranuleShift));
    }

    // The highest StartBitmap word index below `word` that is not zero.
    private static bool PreviousNonZeroWord(HeapState* heap, nuint word, out nuint found)
    {
        found = 0;
        nuint summary = word >> 6;
        ulong bits = heap->SummaryBitmap[summary] & ((1UL << (int)(word & 63)) - 1);
        if (bits == 0)
        {
            nuint top = summary >> 6;
            ulong topBits = heap->TopBitmap[top] & ((1UL << (int)(summary & 63)) - 1);
            while (topBits == 0)
            {
                if (top == 0)
                {
                    return false;
                }
                topBits = heap->TopBitmap[--top];
            }
            summary = (top << 6) + (nuint)HighestBit(topBits);
            bits = heap->SummaryBitmap[summary];
        }
        found = (summary << 6) + (nuint)HighestBit(bits);
        return true;
    }

    private static int HighestBit(ulong bits) => 63 - WideMath.LeadingZeroCount(bits);

    // The index of the 16-byte granule holding `address`; its bit is bit (granule & 63) of
    // word (granule >> 6).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nuint Granule(HeapState* heap, byte* address) => GranuleAt((nuint)(address - heap->AreaStart));

    // The same from the offset of an address in the area, for loops that keep the area
    // start in a local.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nuint GranuleAt(nuint areaOffset) => areaOffset >> GranuleShift;
}
