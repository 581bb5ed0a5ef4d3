// HeapGrowth: how large the next region of a growing heap (HeapRegions) is. Decision:
// doubling - each new region is as large as all the regions before it together (a 1 MiB
// heap grows to 2, 4, 8... MiB), and never smaller than what the request that failed needs.
// Why not fixed 1 MiB chunks: a heap of 64 MiB would be 64 regions, and the collector's
// lookups of addresses outside the newest region walk the chain (HeapRegions.Find), while
// doubling keeps it at about log2(limit / first) regions (7 for 1 to 64 MiB); an object
// larger than a chunk would need a region of its own anyway; and the collection budget
// (ManagedHeap: collect after allocating as much as survived) stays proportional to the
// heap, so a program that keeps growing collects a logarithmic number of times. The cost:
// up to half the heap may be a region that is still mostly empty - memory the program
// asked for by outgrowing the rest, and the kernel takes back all of it when it ends.
// Pure arithmetic; callers: ManagedHeap (growth), tests (HeapGrowthTests).
namespace Internal.Memory;

internal static class HeapGrowth
{
    // Regions are whole multiples of this (the kernel hands out 4 KiB-aligned blocks; a
    // coarser unit keeps the sizes round in the task list).
    public const nuint RegionUnit = 64 * 1024;
    // Room for a region's control data: HeapState, the free-list heads and the end sentinel
    // (the bitmaps are counted apart, in MinimumFor).
    private const nuint ControlBytes = 16 * 1024;

    // The size of a region whose block area holds a block of `request` usable bytes: the
    // block (header and rounding), the bitmaps (three bits and a little per 16 bytes: under
    // 1/16), the control data, rounded up to RegionUnit. 0 when that does not fit in a nuint.
    public static nuint MinimumFor(nuint request)
    {
        nuint block = request + 2 * BlockHeader.Size + FreeLists.MinBlockSize;
        if (block < request)
        {
            return 0;
        }
        nuint bytes = block + block / 16 + ControlBytes + RegionUnit - 1;
        return bytes < block ? 0 : bytes & ~(RegionUnit - 1);
    }

    // The next region for a heap whose regions total `heapBytes`, after a request for
    // `request` bytes failed in all of them, with all regions together at most `limit`:
    // `heapBytes` (doubling the heap) or MinimumFor(request) if larger, cut to what the
    // limit leaves; 0 when even MinimumFor(request) exceeds that (the heap cannot grow).
    public static nuint NextRegionSize(nuint heapBytes, nuint request, nuint limit)
    {
        nuint minimum = MinimumFor(request);
        if (minimum == 0 || heapBytes >= limit || minimum > limit - heapBytes)
        {
            return 0;
        }
        nuint size = heapBytes > minimum ? heapBytes & ~(RegionUnit - 1) : minimum;
        size = size < minimum ? minimum : size;
        // (minimum, a multiple of RegionUnit, fits in the room left, so in room too.)
        nuint room = (limit - heapBytes) & ~(RegionUnit - 1);
        return size > room ? room : size;
    }
}
