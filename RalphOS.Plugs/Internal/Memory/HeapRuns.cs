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
    // the area. `end` is where it ends: the next run's start, for the next call.
    public static byte* Next(HeapState* heap, byte* from, out byte* end, out uint owner, out bool allocated)
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
        byte* next = block + size;
        while (next < areaEnd)
        {
            sizeAndFlags = ((BlockHeader*)next)->SizeAndFlags;
            size = (nuint)(sizeAndFlags & ~BlockHeader.FlagMask);
            if (size == 0 || IsObject(next, sizeAndFlags, reserve, referenceReserve) != allocated)
                break;
            if (allocated && ((BlockHeader*)next)->Owner != owner)
                break;
            next += size;
        }
        end = next;
        return block;
    }

    private static bool IsObject(byte* block, ulong sizeAndFlags, BlockHeader* reserve, BlockHeader* referenceReserve) =>
        (sizeAndFlags & BlockHeader.AllocatedFlag) != 0 && block != (byte*)reserve && block != (byte*)referenceReserve;
}
