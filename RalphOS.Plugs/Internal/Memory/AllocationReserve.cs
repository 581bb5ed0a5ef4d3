// AllocationReserve: bump-pointer allocation of small blocks from a zeroed stretch of a
// KernelHeap. Refill takes one large free block off the free lists, zeroes it and keeps it
// as the reserve: an ordinary allocated block (owner ReserveOwner) at HeapState.Reserve.
// Objects that may hold references have a reserve of their own (HeapState.ReferenceReserve)
// and get their reference bit (HeapState.ReferenceBitmap): so they sit together, on few
// pages, apart from the strings and arrays of values that make up most of a heap, and the
// collector marks the latter without touching them.
// TryAllocate then splits the front of the reserve off as the new block, so each block
// costs three header stores, one start bit and no free-list work or zeroing, and the heap
// stays a valid tiling at every moment: the collector, the sweeper, the walkers and
// HeapChecker see ordinary blocks. The walkers report the reserve as free memory (it holds
// no object). Retire gives the unused rests back to the free lists; the sweeper retires them
// before each pass so they coalesce with the garbage around them.
// Interface: TryAllocate, Refill, Retire, IsReserve, Size, Count. Callers: ManagedHeap (the
// allocation path of managed objects), HeapSweeper, KernelHeapWalker, HeapChecker, tests.
using System.Runtime.CompilerServices;

namespace Internal.Memory;

internal static unsafe class AllocationReserve
{
    // All owner bits set: no task has this id, and the block carries every owner flag, so
    // the collector treats it as runtime memory (never scanned, never freed).
    public const uint ReserveOwner = 0xFFFF_FFFF;
    // Requests up to this many bytes are worth a refill; larger ones go to KernelHeap.Allocate
    // (a refill would leave too much of the old reserve behind as a hole).
    public const nuint SmallLimit = 4 * 1024;
    // A refill takes the smallest free block (by FreeLists bin) of at least MinimumBytes,
    // which keeps the heap compact: the holes a sweep leaves between survivors are reused
    // rather than the reserve marching through untouched memory, which spreads the live
    // set over more pages (gcbench: marking took a quarter longer that way under TCG). Of
    // a larger block it takes PreferredBytes. Below MinimumBytes, first fit serves better.
    private const nuint PreferredBytes = 64 * 1024;
    private const nuint MinimumBytes = 8 * 1024;

    // A zeroed block of at least `size` usable bytes owned by `owner`, cut from the front of
    // the reserve for objects with or without `references`; null when that reserve is
    // missing or too small (then Refill). A block for references gets its reference bit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void* TryAllocate(HeapState* heap, nuint size, uint owner, bool references)
    {
        BlockHeader** slot = Slot(heap, references);
        BlockHeader* reserve = *slot;
        nuint need = KernelHeap.BlockSizeFor(size);
        // The rest must still be a block of its own (so a reserve always has one to give).
        if (reserve == null || need + FreeLists.MinBlockSize > BlockHeader.SizeOf(reserve))
        {
            return null;
        }
        BlockHeader* rest = (BlockHeader*)((byte*)reserve + need);
        rest->SizeAndFlags = (ulong)(BlockHeader.SizeOf(reserve) - need) | BlockHeader.AllocatedFlag;
        rest->Owner = ReserveOwner;
        rest->Magic = BlockHeader.AllocatedMagic(rest);
        StartBitmap.Set(heap, rest);
        // The new block keeps the reserve's address (so its start bit and magic) and its
        // previous-free flag; the used-bytes counter already counts it as part of the reserve.
        reserve->SizeAndFlags = (ulong)need | BlockHeader.AllocatedFlag | (reserve->SizeAndFlags & BlockHeader.PreviousFreeFlag);
        reserve->Owner = owner;
        if (references)
        {
            GranuleBitmap.Set(heap->ReferenceBitmap, StartBitmap.Granule(heap, (byte*)reserve));
        }
        *slot = rest;
        heap->AllocatedBlocks++;
        return (byte*)reserve + BlockHeader.Size;
    }

    // Replaces the reserve for objects with or without `references` by a fresh zeroed one
    // from which TryAllocate(size) succeeds. Returns the new reserve's size, or 0 when no
    // free block is large enough (the old reserve is retired either way).
    public static nuint Refill(HeapState* heap, nuint size, bool references)
    {
        BlockHeader** slot = Slot(heap, references);
        RetireOne(heap, slot);
        nuint smallest = KernelHeap.BlockSizeFor(size) + FreeLists.MinBlockSize;
        smallest = smallest > MinimumBytes ? smallest : MinimumBytes;
        BlockHeader* block = FreeLists.FindFit(heap, smallest);
        if (block == null)
        {
            return 0;
        }
        nuint preferred = smallest > PreferredBytes ? smallest : PreferredBytes;
        nuint available = BlockHeader.SizeOf(block);
        KernelHeap.TakeFree(heap, block);
        KernelHeap.Claim(heap, block, available < preferred ? available : preferred, ReserveOwner);
        nuint reserved = BlockHeader.SizeOf(block);
        MemoryZero.Clear((byte*)block + BlockHeader.Size, reserved - BlockHeader.Size);
        *slot = block;
        return reserved;
    }

    // Gives the unused rest of both reserves back to the free lists.
    public static void Retire(HeapState* heap)
    {
        RetireOne(heap, &heap->Reserve);
        RetireOne(heap, &heap->ReferenceReserve);
    }

    // Bytes left in both reserves (their block sizes), or in one.
    public static nuint Size(HeapState* heap) => Size(heap, false) + Size(heap, true);

    public static nuint Size(HeapState* heap, bool references)
    {
        BlockHeader* reserve = *Slot(heap, references);
        return reserve == null ? 0 : BlockHeader.SizeOf(reserve);
    }

    // How many reserves there are (0, 1 or 2).
    public static nuint Count(HeapState* heap) => (heap->Reserve != null ? (nuint)1 : 0) + (heap->ReferenceReserve != null ? (nuint)1 : 0);

    // Whether `block` is a reserve (free memory to everyone but the allocator).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsReserve(HeapState* heap, BlockHeader* block) => block == heap->Reserve || block == heap->ReferenceReserve;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static BlockHeader** Slot(HeapState* heap, bool references) => references ? &heap->ReferenceReserve : &heap->Reserve;

    private static void RetireOne(HeapState* heap, BlockHeader** slot)
    {
        BlockHeader* reserve = *slot;
        if (reserve != null)
        {
            *slot = null;
            KernelHeap.Release(heap, reserve);
        }
    }
}
