// ManagedHeap.Growth: how a program's managed heap grows. The host that owns the memory
// (a program's runtime, through the kernel API's Allocate: programs/Sdk/ProgramRuntime)
// sets RegionSource and GrowthLimit; when an allocation fits in no region even after a
// collection (or runtime memory fits nowhere), Grow asks it for a region as large as the
// heap so far (HeapGrowth: doubling, at least what the request needs), cut to the limit,
// and links it in front of the others (HeapRegions) as the fast path's region. If the
// host refuses that size, Grow asks once more for just what the request needs. Regions are
// never given back while the program runs (the kernel frees them all when it ends); past
// the limit, or when the host has no memory, the allocation throws OutOfMemoryException,
// which the program may catch. The kernel sets no RegionSource: its heap is one region.
using Internal.Memory;

namespace Internal.Runtime;

public static unsafe partial class ManagedHeap
{
    // Returns zeroed or not, 16-byte aligned memory of the given size, owned by the host
    // for the rest of the program's life; null when it has none to give.
    public static delegate*<nuint, byte*> RegionSource;
    // Bytes all regions together may take (the first included).
    public static nuint GrowthLimit;

    private static nuint _regionBytes;

    // Bytes of all regions as taken from the host (the heap's footprint).
    public static nuint RegionBytes => _regionBytes;

    public static int RegionCount => HeapRegions.Count(_regions);

    // Adds a region in which a request of `request` bytes fits; false when the heap cannot
    // grow (no source, the limit reached, or the host has no memory).
    private static bool Grow(nuint request)
    {
        if (RegionSource == null || _heap == null)
            return false;
        nuint size = HeapGrowth.NextRegionSize(_regionBytes, request, GrowthLimit);
        if (size == 0)
            return false;
        byte* memory = RegionSource(size);
        if (memory == null)
        {
            // Perhaps the host can still give what this request needs, if that is less.
            nuint minimum = HeapGrowth.MinimumFor(request);
            if (minimum >= size)
                return false;
            size = minimum;
            memory = RegionSource(size);
            if (memory == null)
                return false;
        }
        // (Cannot fail: MinimumFor leaves room for the control data and a block.)
        HeapState* region = KernelHeap.Init(memory, size);
        if (region == null)
            return false;
        _regions = HeapRegions.Link(_regions, region);
        _heap = region;
        _regionBytes += size;
        return true;
    }
}
