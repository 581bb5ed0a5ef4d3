// HeapBlocks: a read-only view of the managed heap's blocks for the kernel's memory map:
// where the heap's control data and block area are, a walk over every block in address
// order (allocated or free, with its size and owner tag), and a cheap stamp that changes
// whenever the heap does, so the map repaints only then. The allocation reserves count as
// free (they hold no object yet). Not for use while a caller could allocate in the middle
// of a walk: the kernel's cooperative tasks walk without yielding.
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

    // The block after `block` (0: the first block); 0 at the end of the area. Its size
    // includes the 16-byte header; owner is the task id or ManagedHeap.NativeOwnerFlag.
    public static nuint NextBlock(nuint block, out nuint size, out uint owner, out bool allocated)
    {
        HeapState* heap = ManagedHeap.Heap;
        if (heap == null)
        {
            size = 0;
            owner = 0;
            allocated = false;
            return 0;
        }
        BlockHeader* next = block == 0
            ? (BlockHeader*)heap->AreaStart
            : KernelHeapWalker.Next((BlockHeader*)block);
        if ((byte*)next >= heap->AreaEnd || BlockHeader.SizeOf(next) == 0)
        {
            size = 0;
            owner = 0;
            allocated = false;
            return 0;
        }
        size = BlockHeader.SizeOf(next);
        allocated = BlockHeader.IsAllocated(next) && !AllocationReserve.IsReserve(heap, next);
        owner = allocated ? next->Owner : 0;
        return (nuint)next;
    }
}
