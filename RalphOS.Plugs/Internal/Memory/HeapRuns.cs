// HeapRuns: the heap's blocks as runs for the kernel's memory map: each run is neighbouring
// blocks that look alike on the map, all allocated to the same owner tag or all free (the
// allocation reserves count as free: they hold no object yet). One call covers a whole run
// in a tight loop over the block headers, so a heap of many small blocks costs the map a
// few loads a block rather than a call each. Read-only; the caller must not allocate while
// it walks (the walk would see a half-split block). Called through HeapBlocks.NextRun by
// the memory map painter; host-tested in RalphOS.Plugs.Tests (HeapRunsTests).
namespace Internal.Memory;

internal static unsafe class HeapRuns
{
    // The run that starts at `from` (null: the area's first block), or null at the end of
    // the area. `end` is where it ends: the next run's start, for the next call. With a
    // `stride` (bytes; 0: exact), a stretch of blocks smaller than it is crossed in jumps:
    // the block `stride` bytes on (found through the start bitmap) being alike is taken to
    // mean the blocks in between are too; where it is not, the blocks up to it are read one
    // by one. So a run may swallow blocks of another kind totalling less than `stride`
    // bytes between two alike ones, which a map whose pixels are many strides wide cannot
    // show anyway, and a heap of tiny blocks costs a lookup a stride instead of a read a block.
    public static byte* Next(HeapState* heap, byte* from, out byte* end, out uint owner, out bool allocated, nuint stride = 0)
    {
        byte* areaEnd = heap->AreaEnd;
        byte* block = from == null ? heap->AreaStart : from;
        end = block;
        owner = 0;
        allocated = false;
        if (block >= areaEnd)
            return null;
        BlockHeader* reserve = heap->Reserve;
        BlockHeader* referenceReserve = heap->ReferenceReserve;
        ulong sizeAndFlags = ((BlockHeader*)block)->SizeAndFlags;
        nuint size = (nuint)(sizeAndFlags & ~BlockHeader.FlagMask);
        if (size == 0)
            return null;
        allocated = IsObject(block, sizeAndFlags, reserve, referenceReserve);
        owner = allocated ? ((BlockHeader*)block)->Owner : 0;
        byte* next = block;
        byte* readUntil = null;   // below this, blocks are read one by one
        while (next < areaEnd)
        {
            if (next != block && !Alike(next, allocated, owner, reserve, referenceReserve))
                break;
            size = BlockHeader.SizeOf((BlockHeader*)next);
            if (stride != 0 && size < stride && next >= readUntil && next + stride < areaEnd)
            {
                byte* ahead = (byte*)StartBitmap.FindStart(heap, next + stride);
                if (ahead > next && Alike(ahead, allocated, owner, reserve, referenceReserve))
                {
                    next = ahead;
                    continue;
                }
                readUntil = ahead;
            }
            next += size;
        }
        end = next;
        return block;
    }

    private static bool Alike(byte* block, bool allocated, uint owner, BlockHeader* reserve, BlockHeader* referenceReserve)
    {
        ulong sizeAndFlags = ((BlockHeader*)block)->SizeAndFlags;
        if ((sizeAndFlags & ~BlockHeader.FlagMask) == 0 || IsObject(block, sizeAndFlags, reserve, referenceReserve) != allocated)
            return false;
        return !allocated || ((BlockHeader*)block)->Owner == owner;
    }

    private static bool IsObject(byte* block, ulong sizeAndFlags, BlockHeader* reserve, BlockHeader* referenceReserve) =>
        (sizeAndFlags & BlockHeader.AllocatedFlag) != 0 && block != (byte*)reserve && block != (byte*)referenceReserve;
}
