// FreeLists: the segregated explicit free lists of KernelHeap. Block sizes 32..1024 have one
// exact-size list each (bins 0..62), so a small allocation pops a list head in O(1); larger
// sizes share one list per power of two (bins 63..), searched first-fit. Two 64-bit masks
// record the non-empty bins so the next usable bin is found with a bit scan. Links are 32-bit
// offsets (in 16-byte units, plus one; 0 = none) from the area start: areas up to 64 GiB.
// Interface: Insert, Remove, FindFit, LargestSize. Caller: KernelHeap.
using Internal.Numerics;

namespace Internal.Memory;

internal static unsafe class FreeLists
{
    public const int BinCount = 128;
    public const int MinBlockSize = 32;
    private const int ExactBinLimit = 1024;
    private const int ExactBins = ExactBinLimit / 16 - 1; // 63: sizes 32..1024
    private const int Granule = 16;

    public static int BinIndex(nuint size)
    {
        if (size <= ExactBinLimit)
        {
            return (int)(size / Granule) - 2;
        }
        int log2 = 63 - WideMath.LeadingZeroCount(size);
        int index = ExactBins + log2 - 10;
        return index < BinCount ? index : BinCount - 1;
    }

    public static void Insert(HeapState* heap, BlockHeader* block)
    {
        int bin = BinIndex(BlockHeader.SizeOf(block));
        BlockHeader* head = heap->Bins[bin];
        block->Owner = Link(heap, head);
        SetPrevious(block, 0);
        if (head != null)
        {
            SetPrevious(head, Link(heap, block));
        }
        heap->Bins[bin] = block;
        SetNonEmpty(heap, bin, true);
    }

    public static void Remove(HeapState* heap, BlockHeader* block)
    {
        BlockHeader* next = Follow(heap, block->Owner);
        BlockHeader* previous = Follow(heap, Previous(block));
        if (previous != null)
        {
            previous->Owner = block->Owner;
        }
        else
        {
            int bin = BinIndex(BlockHeader.SizeOf(block));
            heap->Bins[bin] = next;
            if (next == null)
            {
                SetNonEmpty(heap, bin, false);
            }
        }
        if (next != null)
        {
            SetPrevious(next, Previous(block));
        }
    }

    // A free block of at least `size` bytes, or null. Does not remove it.
    public static BlockHeader* FindFit(HeapState* heap, nuint size)
    {
        int bin = BinIndex(size);
        if (bin >= ExactBins)
        {
            // A range bin may hold smaller blocks too: first fit within it.
            for (BlockHeader* block = heap->Bins[bin]; block != null; block = Follow(heap, block->Owner))
            {
                if (BlockHeader.SizeOf(block) >= size)
                {
                    return block;
                }
            }
            bin++;
        }
        int usable = NextNonEmpty(heap, bin);
        return usable < 0 ? null : heap->Bins[usable];
    }

    public static nuint LargestSize(HeapState* heap)
    {
        int bin = HighestNonEmpty(heap);
        nuint largest = 0;
        for (BlockHeader* block = bin < 0 ? null : heap->Bins[bin]; block != null; block = Follow(heap, block->Owner))
        {
            nuint size = BlockHeader.SizeOf(block);
            largest = size > largest ? size : largest;
        }
        return largest;
    }

    public static BlockHeader* Follow(HeapState* heap, uint link)
    {
        return link == 0 ? null : (BlockHeader*)(heap->AreaStart + (nuint)(link - 1) * Granule);
    }

    public static uint Previous(BlockHeader* block) => *(uint*)((byte*)block + BlockHeader.Size);

    public static bool IsNonEmpty(HeapState* heap, int bin)
    {
        ulong mask = bin < 64 ? heap->NonEmptyBinsLow : heap->NonEmptyBinsHigh;
        return ((mask >> (bin & 63)) & 1) != 0;
    }

    private static uint Link(HeapState* heap, BlockHeader* block)
    {
        return block == null ? 0 : (uint)(((byte*)block - heap->AreaStart) / Granule) + 1;
    }

    private static void SetPrevious(BlockHeader* block, uint link) => *(uint*)((byte*)block + BlockHeader.Size) = link;

    private static void SetNonEmpty(HeapState* heap, int bin, bool nonEmpty)
    {
        ulong bit = 1UL << (bin & 63);
        if (bin < 64)
        {
            heap->NonEmptyBinsLow = nonEmpty ? heap->NonEmptyBinsLow | bit : heap->NonEmptyBinsLow & ~bit;
        }
        else
        {
            heap->NonEmptyBinsHigh = nonEmpty ? heap->NonEmptyBinsHigh | bit : heap->NonEmptyBinsHigh & ~bit;
        }
    }

    // The first non-empty bin at or above `bin`, or -1.
    private static int NextNonEmpty(HeapState* heap, int bin)
    {
        if (bin < 64)
        {
            ulong low = heap->NonEmptyBinsLow & (~0UL << bin);
            if (low != 0)
            {
                return WideMath.TrailingZeroCount(low);
            }
            bin = 64;
        }
        if (bin >= BinCount)
        {
            return -1;
        }
        ulong high = heap->NonEmptyBinsHigh & (~0UL << (bin - 64));
        return high == 0 ? -1 : 64 + WideMath.TrailingZeroCount(high);
    }

    private static int HighestNonEmpty(HeapState* heap)
    {
        if (heap->NonEmptyBinsHigh != 0)
        {
            return 64 + 63 - WideMath.LeadingZeroCount(heap->NonEmptyBinsHigh);
        }
        return heap->NonEmptyBinsLow == 0 ? -1 : 63 - WideMath.LeadingZeroCount(heap->NonEmptyBinsLow);
    }
}
