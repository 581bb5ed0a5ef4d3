// HeapBlocks: a read-only view of the managed heap's blocks for the kernel's memory map:
// where the heap's control data and block area are, a walk in address order over runs of
// alike blocks (HeapRuns: all allocated to one owner tag, or all free), and a cheap stamp
// that changes whenever the heap does, so the map repaints only then. The allocation
// reserves count as free (they hold no object yet). Not for use while a caller could
// allocate in the middle of a walk: the kernel's cooperative tasks walk without yielding.
using Internal.Memory;

namespace Internal.Runtime;

public static unsafe class HeapBlocks
{
    // The first byte of the heap's region (its HeapState and bitmaps come first).
    public static nuint RegionStart => (nuint)ManagedHeap.Heap;
    public static nuint AreaStart => ManagedHeap.Heap == null ? 0 : (nuint)ManagedHeap.Heap->AreaStart;
    public static nuint AreaEnd => ManagedHeap.Heap == null ? 0 : (nuint)ManagedHeap.Heap->AreaEnd;

    // Changes when blocks are allocated, freed or swept.
    public static nuint ChangeStamp
    {
        get
        {
            HeapState* heap = ManagedHeap.Heap;
            if (heap == null)
                return 0;
            return heap->UsedBytes ^ (heap->AllocatedBlocks << 40) ^ (heap->FreeBlocks << 20) ^ (nuint)heap->SweepCursor;
        }
    }

    // The run of alike blocks (all allocated to one owner, or all free) starting at `from`
    // (0: the first), or 0 at the end of the area; `end` is the next run's start. A stride
    // (0: exact) lets a run cross stretches of small blocks in jumps (HeapRuns.Next).
    public static nuint NextRun(nuint from, out nuint end, out uint owner, out bool allocated, nuint stride = 0)
    {
        HeapState* heap = ManagedHeap.Heap;
        if (heap == null)
        {
            end = 0;
            owner = 0;
            allocated = false;
            return 0;
        }
        byte* start = HeapRuns.Next(heap, (byte*)from, out byte* runEnd, out owner, out allocated, stride);
        end = (nuint)runEnd;
        return (nuint)start;
    }
}
