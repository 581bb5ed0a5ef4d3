// HeapChecker: verifies every invariant of a KernelHeap and reports the first violation:
// blocks tile the area exactly up to the sentinel; sizes are multiples of 16 and at least 32;
// magics match each block's state; free blocks have correct boundary tags and never touch
// another free block; the previous-free flags, the block-start bitmap, the free lists (links,
// bins, non-empty masks) and the counters all agree with the blocks; mark bits sit only at
// block starts, reference bits only at the starts of allocated blocks other than the
// reserves; each allocation reserve, if
// any, is an allocated block of its owner whose payload is all zero. During a
// lazy sweep (HeapSweeper) the part at or above the sweep cursor, which starts at a block,
// is checked as the sweeper leaves it: its free blocks are unlisted and uncounted and may
// touch each other. O(area / 16).
// Interface: Check(heap). Callers: tests, and the kernel's debug "heapcheck" path.
namespace Internal.Memory;

internal static unsafe class HeapChecker
{
    public static HeapStatus Check(HeapState* heap)
    {
        if (heap->Magic != HeapState.ExpectedMagic)
        {
            return HeapStatus.CorruptHeader;
        }
        nuint used = 0, free = 0, allocatedBlocks = 0, freeBlocks = 0;
        bool previousFree = false;
        byte* cursor = heap->SweepCursor;
        bool cursorOnBlock = cursor == heap->AreaEnd;
        BlockHeader* block = (BlockHeader*)heap->AreaStart;
        while ((byte*)block < heap->AreaEnd)
        {
            bool swept = (byte*)block < cursor;
            cursorOnBlock |= (byte*)block == cursor;
            nuint size = BlockHeader.SizeOf(block);
            if (size < FreeLists.MinBlockSize || (size & 15) != 0 || size > (nuint)(heap->AreaEnd - (byte*)block))
            {
                return HeapStatus.CorruptHeader;
            }
            bool flaggedPreviousFree = (block->SizeAndFlags & BlockHeader.PreviousFreeFlag) != 0;
            if (flaggedPreviousFree != previousFree)
            {
                return HeapStatus.CorruptHeader;
            }
            if (!BitmapMatches(heap, block, size) || !ReferenceBitMatches(heap, block))
            {
                return HeapStatus.CorruptBitmap;
            }
            if (BlockHeader.IsAllocated(block))
            {
                if (block->Magic != BlockHeader.AllocatedMagic(block))
                {
                    return HeapStatus.CorruptHeader;
                }
                used += size;
                allocatedBlocks++;
                previousFree = false;
            }
            else
            {
                bool tagOk = *(ulong*)((byte*)block + size - 8) == (ulong)size;
                if (block->Magic != BlockHeader.FreeMagic(block) || !tagOk || (previousFree && swept))
                {
                    return HeapStatus.CorruptHeader; // bad tag, or two free blocks side by side
                }
                if (swept)
                {
                    free += size;
                    freeBlocks++;
                }
                previousFree = true;
            }
            block = KernelHeapWalker.Next(block);
        }
        BlockHeader* sentinel = (BlockHeader*)heap->AreaEnd;
        bool sentinelOk = block == sentinel && sentinel->SizeAndFlags == (BlockHeader.AllocatedFlag | (previousFree ? BlockHeader.PreviousFreeFlag : 0));
        if (!sentinelOk || !cursorOnBlock || cursor < heap->AreaStart)
        {
            return HeapStatus.CorruptHeader;
        }
        if (used != heap->UsedBytes || free != heap->FreeBytes || allocatedBlocks != heap->AllocatedBlocks || freeBlocks != heap->FreeBlocks)
        {
            return HeapStatus.CorruptCounters;
        }
        if (!SummariesMatch(heap) || !OnlyAtStarts(heap, heap->ReferenceBitmap) || !OnlyAtStarts(heap, heap->MarkBitmap))
        {
            return HeapStatus.CorruptBitmap;
        }
        if ((heap->Reserve != null && !ReserveIsValid(heap, heap->Reserve))
            || (heap->ReferenceReserve != null && !ReserveIsValid(heap, heap->ReferenceReserve)))
        {
            return HeapStatus.CorruptHeader;
        }
        return CheckFreeLists(heap, freeBlocks);
    }

    // The reserve is a block (its start bit is set, and Check has validated every block),
    // allocated to ReserveOwner, still zero beyond its header (TryAllocate relies on it).
    private static bool ReserveIsValid(HeapState* heap, BlockHeader* reserve)
    {
        bool inside = (byte*)reserve >= heap->AreaStart && (byte*)reserve < heap->AreaEnd;
        if (!inside || !StartBitmap.IsSet(heap, (byte*)reserve) || !BlockHeader.IsAllocated(reserve)
            || reserve->Owner != AllocationReserve.ReserveOwner)
        {
            return false;
        }
        ulong* end = (ulong*)((byte*)reserve + BlockHeader.SizeOf(reserve));
        for (ulong* word = (ulong*)((byte*)reserve + BlockHeader.Size); word < end; word++)
        {
            if (*word != 0)
            {
                return false;
            }
        }
        return true;
    }

    // A free block or a reserve holds no object, so no reference bit.
    private static bool ReferenceBitMatches(HeapState* heap, BlockHeader* block)
    {
        bool flagged = GranuleBitmap.IsSet(heap->ReferenceBitmap, StartBitmap.Granule(heap, (byte*)block));
        return !flagged || (BlockHeader.IsAllocated(block) && !AllocationReserve.IsReserve(heap, block));
    }

    private static bool OnlyAtStarts(HeapState* heap, ulong* bits)
    {
        for (nuint word = 0; word < heap->BitmapWords; word++)
        {
            if ((bits[word] & ~heap->StartBitmap[word]) != 0)
            {
                return false;
            }
        }
        return true;
    }

    // Each summary bit says whether the word below it is non-zero.
    private static bool SummariesMatch(HeapState* heap)
    {
        nuint summaryWords = (heap->BitmapWords + 63) / 64;
        for (nuint word = 0; word < heap->BitmapWords; word++)
        {
            bool summaryBit = ((heap->SummaryBitmap[word >> 6] >> (int)(word & 63)) & 1) != 0;
            if (summaryBit != (heap->StartBitmap[word] != 0))
            {
                return false;
            }
        }
        for (nuint word = 0; word < summaryWords; word++)
        {
            bool topBit = ((heap->TopBitmap[word >> 6] >> (int)(word & 63)) & 1) != 0;
            if (topBit != (heap->SummaryBitmap[word] != 0))
            {
                return false;
            }
        }
        return true;
    }

    // The block's start bit is set and no other bit inside it is.
    private static bool BitmapMatches(HeapState* heap, BlockHeader* block, nuint size)
    {
        if (!StartBitmap.IsSet(heap, (byte*)block))
        {
            return false;
        }
        for (nuint offset = 16; offset < size; offset += 16)
        {
            if (StartBitmap.IsSet(heap, (byte*)block + offset))
            {
                return false;
            }
        }
        return true;
    }

    private static HeapStatus CheckFreeLists(HeapState* heap, nuint freeBlocks)
    {
        nuint listed = 0;
        for (int bin = 0; bin < FreeLists.BinCount; bin++)
        {
            BlockHeader* block = heap->Bins[bin];
            if ((block != null) != FreeLists.IsNonEmpty(heap, bin))
            {
                return HeapStatus.CorruptFreeList;
            }
            BlockHeader* previous = null;
            while (block != null)
            {
                bool inside = (byte*)block >= heap->AreaStart && (byte*)block < heap->SweepCursor;
                if (!inside || listed++ > freeBlocks || BlockHeader.IsAllocated(block)
                    || block->Magic != BlockHeader.FreeMagic(block)
                    || FreeLists.BinIndex(BlockHeader.SizeOf(block)) != bin
                    || FreeLists.Follow(heap, FreeLists.Previous(block)) != previous)
                {
                    return HeapStatus.CorruptFreeList;
                }
                previous = block;
                block = FreeLists.Follow(heap, block->Owner);
            }
        }
        return listed == freeBlocks ? HeapStatus.Ok : HeapStatus.CorruptFreeList;
    }
}
