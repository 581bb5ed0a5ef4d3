// HeapStatus: the result of KernelHeap operations that can fail (errors are values; the
// kernel never throws). Callers: the garbage collector and the kernel's allocation paths.
namespace Internal.Memory;

internal enum HeapStatus
{
    Ok,
    InvalidPointer,   // not the start of a block this heap handed out
    DoubleFree,       // the block was already free
    CorruptHeader,    // a header's size, magic or flags are wrong
    CorruptFreeList,  // the free lists disagree with the blocks
    CorruptBitmap,    // the block-start bitmap disagrees with the blocks
    CorruptCounters,  // the statistics disagree with the blocks
}
