// HeapState: the control data of one KernelHeap, stored at the start of the heap's own region
// (the heap needs no static fields). Followed in the region by the free-list heads, the
// block-start bitmap (three levels), the mark and reference bitmaps, then the block area
// and a 16-byte end sentinel (an allocated, size-0 header that stops every walk). Written
// only by KernelHeap and its helpers. A heap that grows (a program's) is a chain of such
// regions linked through NextRegion (HeapRegions).
namespace Internal.Memory;

internal unsafe struct HeapState
{
    public const ulong ExpectedMagic = 0x5041_4548_4850_4C52; // "RLPHHEAP"

    public ulong Magic;
    public byte* AreaStart;          // first block header (16-byte aligned)
    public byte* AreaEnd;            // the end sentinel's header
    public BlockHeader** Bins;       // FreeLists.BinCount list heads
    public ulong* StartBitmap;       // one bit per 16 bytes of the area: a block starts here
    public nuint BitmapWords;
    public ulong* SummaryBitmap;     // one bit per StartBitmap word: that word is not zero
    public ulong* TopBitmap;         // one bit per SummaryBitmap word: that word is not zero
    public nuint TopWords;
    // The collector's mark bits, one per 16 bytes like StartBitmap (GranuleBitmap): set at a
    // block's start while a collection has found it reachable; the sweep clears them.
    public ulong* MarkBitmap;
    // Set at the start of every allocated block whose object may hold references (the
    // allocator's promise to the collector: a clear bit means none); clear in free memory.
    public ulong* ReferenceBitmap;
    public ulong NonEmptyBinsLow;    // bit i: Bins[i] is not empty (i < 64)
    public ulong NonEmptyBinsHigh;   // bit i: Bins[64 + i] is not empty
    public nuint UsedBytes;
    public nuint FreeBytes;
    public nuint AllocatedBlocks;
    public nuint FreeBlocks;
    public BlockHeader* Reserve;          // AllocationReserve's zeroed block, or null...
    public BlockHeader* ReferenceReserve; // ...and the one for objects with references
    // Lazy sweeping (HeapSweeper): blocks below the cursor are swept; at or above it they
    // are as the last mark left them. AreaEnd when no sweep is under way.
    public byte* SweepCursor;
    public uint SweepPreservedOwners;  // owner flags whose blocks survive unmarked
    public nuint SweepStartUsedBytes;  // UsedBytes when the sweep began
    public nuint SweepFreedBytes;      // freed so far by the sweep under way (or the last)
    public nuint LiveBytesAfterSweep;  // survivors of the last completed sweep
    public nuint FreedBytesTotal;      // freed by all sweeps
    public HeapState* NextRegion;      // the next region of a heap of several (HeapRegions), or null
}
