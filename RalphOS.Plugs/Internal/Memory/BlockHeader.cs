// BlockHeader: the 16 bytes in front of every heap block (KernelHeap). Layout:
//   SizeAndFlags: block size in bytes (a multiple of 16, header included) | flag bits 0..3
//   Owner:        allocated: the owning task id; free: next free block (FreeLists link)
//   Magic:        AllocatedMagic/FreeMagic mixed with the block address (catches wild and
//                 double frees)
// A free block also stores its previous-free link at offset 16 and a copy of its size in its
// last 8 bytes (the boundary tag that lets the next block find it in O(1)).
namespace Internal.Memory;

internal struct BlockHeader
{
    public const int Size = 16;
    public const ulong AllocatedFlag = 1;
    public const ulong PreviousFreeFlag = 2; // the block just below this one is free
    public const ulong FlagMask = 15;        // bits 2 and 3 unused (marks: HeapState.MarkBitmap)

    private const uint AllocatedMagicBase = 0xA110_C8ED;
    private const uint FreeMagicBase = 0xF4EE_B10C;

    public ulong SizeAndFlags;
    public uint Owner;
    public uint Magic;

    public static unsafe nuint SizeOf(BlockHeader* block) => (nuint)(block->SizeAndFlags & ~FlagMask);

    public static unsafe bool IsAllocated(BlockHeader* block) => (block->SizeAndFlags & AllocatedFlag) != 0;

    public static unsafe uint AllocatedMagic(BlockHeader* block) => AllocatedMagicBase ^ (uint)((nuint)block >> 4);

    public static unsafe uint FreeMagic(BlockHeader* block) => FreeMagicBase ^ (uint)((nuint)block >> 4);
}
