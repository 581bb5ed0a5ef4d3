// HeapSweeper: the collector's sweep of a KernelHeap, lazily, in address order. An
// allocated block survives when its mark bit is set (HeapState.MarkBitmap) or its owner
// has one of the preserved owner flags (runtime memory the collector never frees); every
// other allocated block is garbage. Begin retires the allocation reserves (so they
// coalesce too), empties the free lists and puts a cursor at the area start; Step then
// sweeps a bounded stretch from the cursor and Finish the rest. Each maximal run of garbage
// and already-free blocks becomes one free block on the lists, so a dead block costs a
// header read and a bitmap bit instead of a free-list unlink, relink and coalescing step of
// its own. The sweep clears the mark bits of what it sweeps (for the next cycle) and the
// reference bits of the garbage (free memory has none), a bitmap word at a time.
// While a sweep is under way (see HeapState.SweepCursor): below the cursor the heap is
// exact; at or above it, free blocks are neither listed nor counted as free and may touch
// each other, and garbage still counts as used. Everything allocated comes from the lists,
// so from below the cursor: the sweep never meets a block allocated after the mark.
// Interface: Begin, Step, Finish, IsSweeping, Sweep (all at once). Callers: the garbage
// collector (GarbageCollector.Sweep.cs), the walkers that need exact numbers, tests.
namespace Internal.Memory;

internal static unsafe class HeapSweeper
{
    // Sweeps the whole heap at once; returns the bytes freed (block sizes, headers included).
    public static nuint Sweep(HeapState* heap, uint preservedOwnerFlags)
    {
        Begin(heap, preservedOwnerFlags);
        Finish(heap);
        return heap->SweepFreedBytes;
    }

    public static bool IsSweeping(HeapState* heap) => heap->SweepCursor < heap->AreaEnd;

    // Starts a sweep of the current marks (finishing one still under way first).
    public static void Begin(HeapState* heap, uint preservedOwnerFlags)
    {
        Finish(heap);
        // The reserve's unused rest is free memory: returned first, it joins the runs.
        AllocationReserve.Retire(heap);
        ResetFreeLists(heap);
        heap->SweepPreservedOwners = preservedOwnerFlags;
        heap->SweepStartUsedBytes = heap->UsedBytes;
        heap->SweepFreedBytes = 0;
        heap->SweepCursor = heap->AreaStart;
    }

    public static void Finish(HeapState* heap)
    {
        while (IsSweeping(heap))
        {
            Step(heap, (nuint)(heap->AreaEnd - heap->AreaStart));
        }
    }

    // Sweeps at least `minimumBytes` of the area from the cursor (less at the end) and
    // stops at the next block boundary. Returns whether the sweep is still under way.
    public static bool Step(HeapState* heap, nuint minimumBytes)
    {
        byte* end = heap->AreaEnd;
        BlockHeader* block = (BlockHeader*)heap->SweepCursor;
        if ((byte*)block >= end)
        {
            return false;
        }
        byte* limit = (nuint)(end - (byte*)block) > minimumBytes ? (byte*)block + minimumBytes : end;
        uint preserved = heap->SweepPreservedOwners;
        ulong* marks = heap->MarkBitmap;
        byte* areaStart = heap->AreaStart;
        BlockHeader* runStart = null;
        if ((block->SizeAndFlags & BlockHeader.PreviousFreeFlag) != 0 && !Survives(heap, block, preserved))
        {
            // The free block just below the cursor (the previous step's last run, or a block
            // freed since) continues into this run.
            nuint previousSize = (nuint)(*(ulong*)((byte*)block - 8) & ~BlockHeader.FlagMask);
            runStart = (BlockHeader*)((byte*)block - previousSize);
            KernelHeap.TakeFree(heap, runStart);
        }
        nuint freedBytes = 0;
        nuint freedBlocks = 0;
        // Bitmaps are updated a word at a time (a word covers 1 KiB of the area, often many
        // blocks), once the sweep has passed every block starting in it; in the first word,
        // only from the cursor on (blocks below it may have been allocated since).
        nuint start = StartBitmap.Granule(heap, (byte*)block);
        nuint word = GranuleBitmap.Word(start);
        ulong sweptInWord = ~(GranuleBitmap.Bit(start) - 1);
        ulong marksInWord = marks[word];
        ulong swallowedStarts = 0;
        while ((byte*)block < limit)
        {
            ulong header = block->SizeAndFlags;
            nuint size = (nuint)(header & ~BlockHeader.FlagMask);
            bool allocated = (header & BlockHeader.AllocatedFlag) != 0;
            nuint granule = StartBitmap.GranuleAt((nuint)((byte*)block - areaStart));
            if (GranuleBitmap.Word(granule) != word)
            {
                FinishWord(heap, word, swallowedStarts, sweptInWord, marksInWord);
                word = GranuleBitmap.Word(granule);
                sweptInWord = ~0UL;
                marksInWord = marks[word];
                swallowedStarts = 0;
            }
            ulong bit = GranuleBitmap.Bit(granule);
            bool marked = (marksInWord & bit) != 0;
            if (allocated && (marked || (block->Owner & preserved) != 0))
            {
                // (A preserved block counts as marked, so FinishWord keeps its reference bit.)
                marksInWord |= bit;
                if (runStart != null)
                {
                    KernelHeap.MakeFree(heap, runStart, (nuint)((byte*)block - (byte*)runStart));
                    runStart = null;
                }
            }
            else
            {
                if (allocated)
                {
                    freedBytes += size;
                    freedBlocks++;
                }
                if (runStart == null)
                {
                    runStart = block;
                }
                else
                {
                    // Swallowed by the run: no longer a block start (as in KernelHeap.Release).
                    swallowedStarts |= bit;
                    block->Magic = 0;
                }
            }
            block = (BlockHeader*)((byte*)block + size);
        }
        // The word the cursor stops in is finished only below it.
        nuint stop = StartBitmap.Granule(heap, (byte*)block);
        ulong belowCursor = GranuleBitmap.Word(stop) == word ? GranuleBitmap.Bit(stop) - 1 : ~0UL;
        FinishWord(heap, word, swallowedStarts, sweptInWord & belowCursor, marksInWord);
        if (runStart != null)
        {
            // Also flags `block` as having a free neighbour below: the next step resumes.
            KernelHeap.MakeFree(heap, runStart, (nuint)((byte*)block - (byte*)runStart));
        }
        heap->UsedBytes -= freedBytes;
        heap->AllocatedBlocks -= freedBlocks;
        heap->SweepFreedBytes += freedBytes;
        heap->FreedBytesTotal += freedBytes;
        heap->SweepCursor = (byte*)block;
        if ((byte*)block < end)
        {
            return true;
        }
        heap->LiveBytesAfterSweep = heap->SweepStartUsedBytes - heap->SweepFreedBytes;
        return false;
    }

    // Bitmap word `word` swept (its bits in `swept`; `marks` is the word of the mark bitmap
    // with the survivors marked): clears the start bits of blocks a free run swallowed
    // (StartBitmap.ClearBits keeps the summary levels right), keeps reference bits only
    // where a survivor is marked (garbage and free memory have none), and clears the marks
    // for the next cycle. A block starting in a word before it spans the words in between,
    // which hold no bits.
    private static void FinishWord(HeapState* heap, nuint word, ulong swallowedStarts, ulong swept, ulong marks)
    {
        if (swallowedStarts != 0)
        {
            StartBitmap.ClearBits(heap, word, swallowedStarts);
        }
        heap->ReferenceBitmap[word] &= marks | ~swept;
        heap->MarkBitmap[word] = marks & ~swept;
    }

    private static bool Survives(HeapState* heap, BlockHeader* block, uint preservedOwnerFlags)
    {
        return BlockHeader.IsAllocated(block)
            && (GranuleBitmap.IsSet(heap->MarkBitmap, StartBitmap.Granule(heap, (byte*)block)) || (block->Owner & preservedOwnerFlags) != 0);
    }

    // Empties every free list and zeroes the free counters; the sweep re-adds each free
    // run. A run's start keeps its start bit, and its lower neighbour is a survivor or the
    // free block a resumed run takes back, so the previous-free flags stay right.
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
