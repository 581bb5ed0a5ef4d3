// KernelHeapWalker: the KernelHeap calls a garbage collector and the task manager need:
// walking allocated blocks, per-block mark and reference bits (HeapState), mapping an
// arbitrary address to its block (conservative stack scanning) or an exact object start to
// its block (precise references), freeing everything a task owned, and statistics
// (sweeping is HeapSweeper's). Payload pointers are what KernelHeap.Allocate returned. The
// allocation reserves (AllocationReserve) are allocated blocks that hold no object: these
// calls treat them as free memory. While
// a lazy sweep (HeapSweeper) is under way, garbage above its cursor still looks allocated:
// the calls that count or free by owner finish the sweep first, and UsedBytes counts that
// garbage as used.
// Callers: the GC, task teardown, the kernel's memory statistics command.
using System.Runtime.CompilerServices;

namespace Internal.Memory;

internal static unsafe class KernelHeapWalker
{
    // The allocated block after `payload` in address order (null: the first), or null at the
    // end. Do not free blocks other than the current one while walking.
    public static void* NextAllocated(HeapState* heap, void* payload)
    {
        BlockHeader* block = payload == null
            ? (BlockHeader*)heap->AreaStart
            : Next(Header(payload));
        while ((byte*)block < heap->AreaEnd
               && (!BlockHeader.IsAllocated(block) || AllocationReserve.IsReserve(heap, block)))
        {
            block = Next(block);
        }
        return (byte*)block < heap->AreaEnd ? (byte*)block + BlockHeader.Size : null;
    }

    // Usable bytes of an allocated block (at least what was requested).
    public static nuint UsableSize(void* payload) => BlockHeader.SizeOf(Header(payload)) - BlockHeader.Size;

    public static uint Owner(void* payload) => Header(payload)->Owner;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetMark(HeapState* heap, void* payload) => GranuleBitmap.Set(heap->MarkBitmap, GranuleOf(heap, payload));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsMarked(HeapState* heap, void* payload) => GranuleBitmap.IsSet(heap->MarkBitmap, GranuleOf(heap, payload));

    // Records that the object in an allocated block may hold references (the allocator
    // must, for every such block; the reserve for references does it itself).
    public static void FlagReferences(HeapState* heap, void* payload) => GranuleBitmap.Set(heap->ReferenceBitmap, GranuleOf(heap, payload));

    public static bool MayHoldReferences(HeapState* heap, void* payload) => GranuleBitmap.IsSet(heap->ReferenceBitmap, GranuleOf(heap, payload));

    // The granule of a payload's block start (its bit in the heap's granule bitmaps).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nuint GranuleOf(HeapState* heap, void* payload) => StartBitmap.Granule(heap, (byte*)Header(payload));

    // The payload of the allocated block whose payload contains `address`, or null (free
    // memory, headers, or outside the heap). Cost: one bitmap word per 1 KiB of the block.
    public static void* FindBlock(HeapState* heap, void* address)
    {
        byte* p = (byte*)address;
        if (p < heap->AreaStart + BlockHeader.Size || p >= heap->AreaEnd)
        {
            return null;
        }
        BlockHeader* block = StartBitmap.FindStart(heap, p);
        if (block == null || !BlockHeader.IsAllocated(block) || AllocationReserve.IsReserve(heap, block))
        {
            return null;
        }
        byte* payload = (byte*)block + BlockHeader.Size;
        return p >= payload && p < (byte*)block + BlockHeader.SizeOf(block) ? payload : null;
    }

    // `payload` itself if it is exactly the payload of an allocated block, else null. O(1):
    // one start-bitmap bit and the header, for references known to point at a block start.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void* AllocatedBlockAt(HeapState* heap, void* payload)
    {
        byte* blockAddress = (byte*)payload - BlockHeader.Size;
        if (((nuint)payload & (KernelHeap.MinAlignment - 1)) != 0 || blockAddress < heap->AreaStart || blockAddress >= heap->AreaEnd)
        {
            return null;
        }
        if (!StartBitmap.IsSet(heap, blockAddress) || !BlockHeader.IsAllocated((BlockHeader*)blockAddress)
            || AllocationReserve.IsReserve(heap, (BlockHeader*)blockAddress))
        {
            return null;
        }
        return payload;
    }

    // Bytes in allocated blocks, headers included (O(1), unlike GetStats); during a sweep,
    // garbage not yet swept included.
    public static nuint UsedBytes(HeapState* heap) => heap->UsedBytes - AllocationReserve.Size(heap);

    // Bytes of the block area (what GetStats reports as TotalBytes, without its walk).
    public static nuint TotalBytes(HeapState* heap) => (nuint)(heap->AreaEnd - heap->AreaStart);

    // Frees every block owned by `owner`; returns how many.
    public static nuint FreeOwner(HeapState* heap, uint owner)
    {
        HeapSweeper.Finish(heap);
        nuint freed = 0;
        BlockHeader* block = (BlockHeader*)heap->AreaStart;
        while ((byte*)block < heap->AreaEnd)
        {
            if (BlockHeader.IsAllocated(block) && block->Owner == owner)
            {
                block = KernelHeap.Release(heap, block);
                freed++;
            }
            block = Next(block);
        }
        return freed;
    }

    // Bytes (headers included) and block count owned by `owner`, by walking the heap.
    public static nuint OwnerUsage(HeapState* heap, uint owner, out nuint blocks)
    {
        HeapSweeper.Finish(heap);
        nuint bytes = 0;
        blocks = 0;
        for (BlockHeader* block = (BlockHeader*)heap->AreaStart; (byte*)block < heap->AreaEnd; block = Next(block))
        {
            if (BlockHeader.IsAllocated(block) && block->Owner == owner)
            {
                bytes += BlockHeader.SizeOf(block);
                blocks++;
            }
        }
        return bytes;
    }

    public static void GetStats(HeapState* heap, out HeapStats stats)
    {
        HeapSweeper.Finish(heap);
        nuint reserve = AllocationReserve.Size(heap);
        nuint reserveBlocks = AllocationReserve.Count(heap);
        nuint largest = FreeLists.LargestSize(heap);
        nuint largestReserve = AllocationReserve.Size(heap, false) > AllocationReserve.Size(heap, true)
            ? AllocationReserve.Size(heap, false)
            : AllocationReserve.Size(heap, true);
        stats.TotalBytes = TotalBytes(heap);
        stats.UsedBytes = heap->UsedBytes - reserve;
        stats.FreeBytes = heap->FreeBytes + reserve;
        stats.AllocatedBlocks = heap->AllocatedBlocks - reserveBlocks;
        stats.FreeBlocks = heap->FreeBlocks + reserveBlocks;
        stats.LargestFreeBlock = largestReserve > largest ? largestReserve : largest;
    }

    internal static BlockHeader* Header(void* payload) => (BlockHeader*)((byte*)payload - BlockHeader.Size);

    internal static BlockHeader* Next(BlockHeader* block) => (BlockHeader*)((byte*)block + BlockHeader.SizeOf(block));
}
