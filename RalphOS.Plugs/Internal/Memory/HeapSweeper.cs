// HeapSweeper: the collector's sweep of a KernelHeap, one pass in address order. An
// allocated block survives when it carries the mark bit or its owner has one of the
// preserved owner flags (runtime memory the collector never frees); every other allocated
// block is garbage. Each maximal run of garbage and already-free blocks becomes one free
// block, and the free lists and counters are rebuilt from scratch during the pass, so a
// dead block costs a header read and a bitmap bit instead of a free-list unlink, relink
// and coalescing step of its own. Marks on survivors are cleared for the next cycle. The
// allocation reserve (AllocationReserve) is retired first, so it coalesces too.
// Interface: Sweep. Callers: the garbage collector (GarbageCollector.Sweep.cs), tests.
namespace Internal.Memory;

internal static unsafe class HeapSweeper
{
    // Frees every unmarked allocated block whose owner has none of `preservedOwnerFlags`;
    // returns the bytes freed (block sizes, headers included).
    public static nuint Sweep(HeapState* heap, uint preservedOwnerFlags)
    {
        // The reserve's unused rest is free memory: returned first, it joins the runs below.
        AllocationReserve.Retire(heap);
        ResetFreeLists(heap);
        nuint freedBytes = 0;
        nuint usedBytes = 0;
        nuint allocatedBlocks = 0;
        BlockHeader* runStart = null;
        nuint pendingWord = 0;
        ulong pendingBits = 0;
        BlockHeader* block = (BlockHeader*)heap->AreaStart;
        byte* end = heap->AreaEnd;
        while ((byte*)block < end)
        {
            ulong header = block->SizeAndFlags;
            nuint size = (nuint)(header & ~BlockHeader.FlagMask);
            bool allocated = (header & BlockHeader.AllocatedFlag) != 0;
            if (allocated && ((header & BlockHeader.MarkFlag) != 0 || (block->Owner & preservedOwnerFlags) != 0))
            {
                // Clear the mark before closing the run: closing flags this block as having
                // a free neighbour below.
                block->SizeAndFlags = header & ~BlockHeader.MarkFlag;
                if (runStart != null)
                {
                    KernelHeap.MakeFree(heap, runStart, (nuint)((byte*)block - (byte*)runStart));
                    runStart = null;
                }
                usedBytes += size;
                allocatedBlocks++;
            }
            else
            {
                if (allocated)
                {
                    freedBytes += size;
                }
                if (runStart == null)
                {
                    runStart = block;
                }
                else
                {
                    // Swallowed by the run: no longer a block start (as in KernelHeap.Release).
                    // Start bits are cleared a bitmap word at a time.
                    nuint granule = StartBitmap.Granule(heap, (byte*)block);
                    if ((granule >> 6) != pendingWord)
                    {
                        StartBitmap.ClearBits(heap, pendingWord, pendingBits);
                        pendingWord = granule >> 6;
                        pendingBits = 0;
                    }
                    pendingBits |= 1UL << (int)(granule & 63);
                    block->Magic = 0;
                }
            }
            block = (BlockHeader*)((byte*)block + size);
        }
        StartBitmap.ClearBits(heap, pendingWord, pendingBits);
        if (runStart != null)
        {
            KernelHeap.MakeFree(heap, runStart, (nuint)(end - (byte*)runStart));
        }
        heap->UsedBytes = usedBytes;
        heap->AllocatedBlocks = allocatedBlocks;
        return freedBytes;
    }

    // Empties every free list and zeroes the free counters; the pass re-adds each free run.
    // A run's start keeps its start bit, and its lower neighbour is always a survivor, so
    // the previous-free flags stay right without being recomputed.
    private static void ResetFreeLists(HeapState* heap)
    {
        for (int i = 0; i < FreeLists.BinCount; i++)
        {
            heap->Bins[i] = null;
        }
        heap->NonEmptyBinsLow = 0;
        heap->NonEmptyBinsHigh = 0;
        heap->FreeBytes = 0;
        heap->FreeBlocks = 0;
    }
}
