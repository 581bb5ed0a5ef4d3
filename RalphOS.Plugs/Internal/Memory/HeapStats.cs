// HeapStats: a snapshot of KernelHeap usage, filled by KernelHeap.GetStats. Byte counts
// include the 16-byte block headers. Callers: the GC and the kernel's "mem" command.
namespace Internal.Memory;

internal struct HeapStats
{
    public nuint TotalBytes;        // the block area (region minus control data)
    public nuint UsedBytes;         // sum of allocated block sizes
    public nuint FreeBytes;         // sum of free block sizes
    public nuint LargestFreeBlock;  // size of the largest free block
    public nuint AllocatedBlocks;
    public nuint FreeBlocks;
}
