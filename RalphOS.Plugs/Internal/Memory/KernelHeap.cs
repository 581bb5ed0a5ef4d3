// KernelHeap: the kernel's heap allocator over one contiguous region. Blocks carry a 16-byte
// BlockHeader (size, flags, owner task id, magic); free blocks sit on segregated explicit free
// lists (FreeLists) and carry a boundary tag so freeing coalesces with both neighbours in
// O(1); a block-start bitmap (StartBitmap) maps any address to its block for conservative
// scanning, and two more bitmaps keep the collector's marks and which blocks may hold
// references (HeapState). All state lives inside the region: the HeapState* returned by
// Init is the handle.
// Interface: Init, Allocate, AllocateZeroed, Free; the GC-facing calls are in
// KernelHeapWalker (iteration, marks, FindBlock, FreeOwner, statistics), HeapSweeper
// (lazy sweeping) and HeapChecker (Check); AllocationReserve is the fast path for small blocks.
// Callers: the kernel's allocation helpers (ManagedHeap) and the GC.
using System.Runtime.CompilerServices;

namespace Internal.Memory;

internal static unsafe class KernelHeap
{
    public const nuint MinAlignment = 16;
    // Free-list links are 32-bit counts of 16-byte units (FreeLists): 64 GiB at most.
    private const ulong MaxRegionBytes = (1UL << 36) - 64;

    // Sets up a heap over [start, start + size). Returns null if the region is too small.
    // Regions above 64 GiB are used only up to 64 GiB.
    public static HeapState* Init(byte* start, nuint size)
    {
        if ((ulong)size > MaxRegionBytes)
        {
            size = unchecked((nuint)MaxRegionBytes);
        }
        byte* end = (byte*)(((nuint)start + size) & ~(nuint)15);
        byte* heapStart = (byte*)(((nuint)start + 15) & ~(nuint)15);
        nuint binBytes = (nuint)(FreeLists.BinCount * sizeof(BlockHeader*));
        nuint controlBytes = (nuint)((sizeof(HeapState) + 15) & ~15);
        if (end <= heapStart || (nuint)(end - heapStart) < controlBytes + binBytes + 1024)
        {
            return null;
        }
        HeapState* heap = (HeapState*)heapStart;
        heap->Bins = (BlockHeader**)(heapStart + controlBytes);
        byte* afterBins = heapStart + controlBytes + binBytes;
        // Each bitmap costs about 1/128 of the area: size them for the whole remainder. The
        // mark and reference bitmaps have as many words as the start bitmap's first level.
        StartBitmap.WordsNeeded((nuint)(end - afterBins), out nuint startWords, out nuint summaryWords, out nuint topWords);
        nuint bitmapWords = startWords + summaryWords + topWords + 2 * startWords;
        heap->StartBitmap = (ulong*)afterBins;
        heap->SummaryBitmap = heap->StartBitmap + startWords;
        heap->TopBitmap = heap->SummaryBitmap + summaryWords;
        heap->MarkBitmap = heap->TopBitmap + topWords;
        heap->ReferenceBitmap = heap->MarkBitmap + startWords;
        heap->BitmapWords = startWords;
        heap->TopWords = topWords;
        heap->AreaStart = (byte*)(((nuint)(afterBins + bitmapWords * 8) + 15) & ~(nuint)15);
        heap->AreaEnd = end - BlockHeader.Size;
        nuint areaSize = (nuint)(heap->AreaEnd - heap->AreaStart);
        if (heap->AreaEnd <= heap->AreaStart || areaSize < FreeLists.MinBlockSize)
        {
            return null;
        }
        for (int i = 0; i < FreeLists.BinCount; i++)
        {
            heap->Bins[i] = null;
        }
        for (nuint i = 0; i < bitmapWords; i++) // all of them
        {
            heap->StartBitmap[i] = 0;
        }
        heap->NonEmptyBinsLow = 0;
        heap->NonEmptyBinsHigh = 0;
        heap->UsedBytes = 0;
        heap->AllocatedBlocks = 0;
        heap->FreeBytes = 0;
        heap->FreeBlocks = 0;
        heap->Reserve = null;
        heap->ReferenceReserve = null;
        heap->SweepCursor = heap->AreaEnd;
        heap->SweepPreservedOwners = 0;
        heap->SweepStartUsedBytes = 0;
        heap->SweepFreedBytes = 0;
        heap->LiveBytesAfterSweep = 0;
        heap->FreedBytesTotal = 0;
        heap->NextRegion = null;
        heap->Magic = HeapState.ExpectedMagic;

        BlockHeader* sentinel = (BlockHeader*)heap->AreaEnd;
        sentinel->SizeAndFlags = BlockHeader.AllocatedFlag;
        sentinel->Owner = 0;
        sentinel->Magic = BlockHeader.AllocatedMagic(sentinel);
        BlockHeader* first = (BlockHeader*)heap->AreaStart;
        first->SizeAndFlags = 0;
        StartBitmap.Set(heap, first);
        MakeFree(heap, first, areaSize);
        return heap;
    }

    // `size` usable bytes aligned to `alignment` (a power of two; below 16 means 16), owned by
    // task `owner`. Contents are undefined. Returns null when no block is large enough.
    public static void* Allocate(HeapState* heap, nuint size, nuint alignment, uint owner)
    {
        if (alignment < MinAlignment)
        {
            alignment = MinAlignment;
        }
        nuint areaSize = (nuint)(heap->AreaEnd - heap->AreaStart);
        if ((alignment & (alignment - 1)) != 0 || size > areaSize || alignment > areaSize)
        {
            return null;
        }
        nuint need = BlockSizeFor(size);
        if (alignment == MinAlignment)
        {
            BlockHeader* block = FreeLists.FindFit(heap, need);
            if (block == null)
            {
                return null;
            }
            TakeFree(heap, block);
            return Claim(heap, block, need, owner);
        }
        // Room for the worst-case gap before an aligned payload, which must itself be a block.
        BlockHeader* candidate = FreeLists.FindFit(heap, need + alignment + FreeLists.MinBlockSize);
        if (candidate == null)
        {
            return null;
        }
        byte* payload = (byte*)(((nuint)candidate + BlockHeader.Size + alignment - 1) & ~(alignment - 1));
        nuint gap = (nuint)(payload - BlockHeader.Size - (byte*)candidate);
        if (gap != 0 && gap < FreeLists.MinBlockSize)
        {
            payload += alignment;
            gap += alignment;
        }
        TakeFree(heap, candidate);
        BlockHeader* aligned = candidate;
        if (gap != 0)
        {
            // The gap in front becomes a free block of its own.
            nuint total = BlockHeader.SizeOf(candidate);
            aligned = (BlockHeader*)((byte*)candidate + gap);
            aligned->SizeAndFlags = (ulong)(total - gap);
            StartBitmap.Set(heap, aligned);
            MakeFree(heap, candidate, gap); // also flags `aligned` as having a free neighbour
        }
        return Claim(heap, aligned, need, owner);
    }

    // The block size that holds `size` usable bytes: header included, rounded up to 16.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nuint BlockSizeFor(nuint size)
    {
        nuint need = (size + BlockHeader.Size + 15) & ~(nuint)15;
        return need < FreeLists.MinBlockSize ? FreeLists.MinBlockSize : need;
    }

    public static void* AllocateZeroed(HeapState* heap, nuint size, nuint alignment, uint owner)
    {
        byte* payload = (byte*)Allocate(heap, size, alignment, owner);
        if (payload != null)
        {
            MemoryZero.Clear(payload, (size + 7) & ~(nuint)7);
        }
        return payload;
    }

    // Frees a payload pointer returned by Allocate. Wild pointers and double frees are
    // detected (by range, bitmap, flags and magic) and reported without touching the heap.
    public static HeapStatus Free(HeapState* heap, void* payload)
    {
        HeapStatus status = Validate(heap, (byte*)payload);
        if (status == HeapStatus.Ok)
        {
            Release(heap, (BlockHeader*)((byte*)payload - BlockHeader.Size));
        }
        return status;
    }

    public static HeapStatus Validate(HeapState* heap, byte* payload)
    {
        byte* blockAddress = payload - BlockHeader.Size;
        if (payload == null || ((nuint)payload & 15) != 0 || blockAddress < heap->AreaStart || blockAddress >= heap->AreaEnd)
        {
            return HeapStatus.InvalidPointer;
        }
        BlockHeader* block = (BlockHeader*)blockAddress;
        if (!StartBitmap.IsSet(heap, blockAddress))
        {
            return HeapStatus.InvalidPointer;
        }
        if (block->Magic == BlockHeader.FreeMagic(block) && !BlockHeader.IsAllocated(block))
        {
            return HeapStatus.DoubleFree;
        }
        if (block->Magic != BlockHeader.AllocatedMagic(block) || !BlockHeader.IsAllocated(block))
        {
            return HeapStatus.CorruptHeader;
        }
        return HeapStatus.Ok;
    }

    // Frees a validated allocated block, coalescing with free neighbours (and drops its
    // reference and mark bits: free memory has neither); returns the resulting free block
    // (which may start below `block`). During a lazy sweep
    // (HeapSweeper) only free blocks below the sweep cursor are on the lists: a block at or
    // above it is freed in place, and a free upper neighbour at or above it is left alone;
    // the sweep joins them when it gets there.
    internal static BlockHeader* Release(HeapState* heap, BlockHeader* block)
    {
        nuint granule = StartBitmap.Granule(heap, (byte*)block);
        GranuleBitmap.Clear(heap->ReferenceBitmap, granule);
        GranuleBitmap.Clear(heap->MarkBitmap, granule);
        nuint size = BlockHeader.SizeOf(block);
        heap->UsedBytes -= size;
        heap->AllocatedBlocks--;
        if ((byte*)block >= heap->SweepCursor)
        {
            FreeUnswept(block, size);
            return block;
        }
        BlockHeader* next = (BlockHeader*)((byte*)block + size);
        if (!BlockHeader.IsAllocated(next) && (byte*)next < heap->SweepCursor)
        {
            TakeFree(heap, next);
            StartBitmap.Clear(heap, next);
            GranuleBitmap.Clear(heap->MarkBitmap, StartBitmap.Granule(heap, (byte*)next)); // a start's mark goes with it
            next->Magic = 0;
            size += BlockHeader.SizeOf(next);
        }
        if ((block->SizeAndFlags & BlockHeader.PreviousFreeFlag) != 0)
        {
            nuint previousSize = (nuint)(*(ulong*)((byte*)block - 8) & ~BlockHeader.FlagMask);
            BlockHeader* previous = (BlockHeader*)((byte*)block - previousSize);
            TakeFree(heap, previous);
            StartBitmap.Clear(heap, block);
            block->Magic = 0;
            block = previous;
            size += previousSize;
        }
        MakeFree(heap, block, size);
        return block;
    }

    // Makes an unswept block free without listing or counting it as free (the sweep will);
    // its free neighbours stay separate blocks until then.
    private static void FreeUnswept(BlockHeader* block, nuint size)
    {
        block->SizeAndFlags = (ulong)size | (block->SizeAndFlags & BlockHeader.PreviousFreeFlag);
        block->Magic = BlockHeader.FreeMagic(block);
        *(ulong*)((byte*)block + size - 8) = (ulong)size;
        BlockHeader* next = (BlockHeader*)((byte*)block + size);
        next->SizeAndFlags |= BlockHeader.PreviousFreeFlag;
    }

    // Turns [block, block + size) into one free block on the lists (its start bit is set).
    // Also used by HeapSweeper to rebuild the lists.
    internal static void MakeFree(HeapState* heap, BlockHeader* block, nuint size)
    {
        block->SizeAndFlags = (ulong)size | (block->SizeAndFlags & BlockHeader.PreviousFreeFlag);
        block->Magic = BlockHeader.FreeMagic(block);
        *(ulong*)((byte*)block + size - 8) = (ulong)size;
        BlockHeader* next = (BlockHeader*)((byte*)block + size);
        next->SizeAndFlags |= BlockHeader.PreviousFreeFlag;
        FreeLists.Insert(heap, block);
        heap->FreeBytes += size;
        heap->FreeBlocks++;
    }

    // Removes a free block from the lists and the free statistics.
    internal static void TakeFree(HeapState* heap, BlockHeader* block)
    {
        FreeLists.Remove(heap, block);
        heap->FreeBytes -= BlockHeader.SizeOf(block);
        heap->FreeBlocks--;
    }

    // Allocates the first `need` bytes of a block just taken off the free lists; a remainder
    // of at least MinBlockSize becomes a new free block. Also used by AllocationReserve.
    internal static void* Claim(HeapState* heap, BlockHeader* block, nuint need, uint owner)
    {
        nuint size = BlockHeader.SizeOf(block);
        BlockHeader* next = (BlockHeader*)((byte*)block + size);
        if (size - need >= FreeLists.MinBlockSize)
        {
            BlockHeader* rest = (BlockHeader*)((byte*)block + need);
            rest->SizeAndFlags = 0; // its lower neighbour is now allocated
            StartBitmap.Set(heap, rest);
            MakeFree(heap, rest, size - need);
            size = need;
        }
        else
        {
            next->SizeAndFlags &= ~BlockHeader.PreviousFreeFlag;
        }
        block->SizeAndFlags = (ulong)size | BlockHeader.AllocatedFlag | (block->SizeAndFlags & BlockHeader.PreviousFreeFlag);
        block->Owner = owner;
        block->Magic = BlockHeader.AllocatedMagic(block);
        heap->UsedBytes += size;
        heap->AllocatedBlocks++;
        return (byte*)block + BlockHeader.Size;
    }
}
