// HeapTracer's inner loops: Drain pops objects and reference ranges off the mark stack,
// ScanSlots marks what a run of reference slots points to. Nearly all the time of a
// collection is spent here, so ScanSlots keeps the heap bounds, the bitmaps and the stack
// in locals (registers), handles a reference with no call and few branches (under QEMU's
// TCG every branch ends a translation block and every return costs a lookup), and reads
// nothing but the three bitmaps' words for it. What it pushes is checked when popped.
using Internal.Memory;

namespace Internal.Runtime;

internal unsafe partial struct HeapTracer
{
    private void Drain()
    {
        while (_top > _bottom)
        {
            nint entry = *--_top;
            byte* slot;
            byte* stop;
            if ((entry & RangeTag) != 0)
            {
                slot = (byte*)(entry & ~RangeTag);
                stop = (byte*)*--_top;
            }
            else
            {
                // Only an allocated block of collectable memory holds an object to scan (a
                // reference bit promises no more than that the object may have references).
                BlockHeader* block = (BlockHeader*)(entry - BlockHeader.Size);
                byte* obj = (byte*)entry + ObjectHeaderSize;
                MethodTable* type = *(MethodTable**)obj;
                if (!BlockHeader.IsAllocated(block) || (block->Owner & _preservedOwners) != 0
                    || type == null || !type->ContainsGCPointers)
                    continue;
                // The usual shape - one run of references, as in a class whose reference
                // fields are adjacent or an array of references - inline; others in ScanNow.
                if (GcDescriptor.SeriesCount(type) != 1)
                {
                    ScanNow(obj);
                    continue;
                }
                slot = GcDescriptor.Series(obj, type, GcDescriptor.ObjectSize(obj, type), 0, out stop);
            }
            if (stop - slot > ChunkBytes && _limit - _top >= 2)
            {
                // The rest goes under this chunk's children, to be scanned after them.
                *_top++ = (nint)stop;
                *_top++ = (nint)(slot + ChunkBytes) | RangeTag;
                stop = slot + ChunkBytes;
            }
            ScanSlots(slot, stop);
        }
    }

    // Marks the objects the reference slots [slot, stop) point to and pushes those that may
    // hold references. A reference is checked in O(1) to be one: null, an object outside the
    // heap (frozen), or exactly an object the allocator made (payload + ObjectHeaderSize),
    // which the start bitmap confirms. Anything else is looked up as an arbitrary word
    // (MarkCandidate) rather than trusted, as is a word outside the first region when the
    // heap has others.
    private void ScanSlots(byte* slot, byte* stop)
    {
        // Offsets from the first address an object can have (after the first block's
        // header and the object's header word), so one compare rejects everything outside.
        nint objectBase = _areaStart + BlockHeader.Size + ObjectHeaderSize;
        nuint objectSpan = _areaBytes - (BlockHeader.Size + ObjectHeaderSize);
        ulong* startBitmap = _startBitmap;
        ulong* markBitmap = _markBitmap;
        ulong* referenceBitmap = _referenceBitmap;
        nint* top = _top;
        nint* limit = _limit;
        for (; slot < stop; slot += sizeof(nint))
        {
            nint reference = *(nint*)slot;
            nuint offset = (nuint)(reference - objectBase);
            if (offset >= objectSpan)
            {
                // Null, frozen, or (in a heap of several regions) in another region.
                if (_otherRegions != null && reference != 0)
                {
                    _top = top;
                    MarkCandidate(reference);
                    top = _top;
                }
                continue;
            }
            // The block header is BlockHeader.Size + ObjectHeaderSize below the object, so
            // `offset` is also the block's offset in the area: 16-aligned, with its start
            // bit. The three bitmaps share the word index and bit.
            nuint granule = StartBitmap.GranuleAt(offset);
            nuint word = GranuleBitmap.Word(granule);
            ulong bit = GranuleBitmap.Bit(granule);
            if ((offset & (KernelHeap.MinAlignment - 1)) != 0 || (startBitmap[word] & bit) == 0)
            {
                _top = top;
                MarkCandidate(reference);
                top = _top;
                continue;
            }
            ulong marks = markBitmap[word];
            if ((marks & bit) != 0)
                continue;
            markBitmap[word] = marks | bit;
            if ((referenceBitmap[word] & bit) == 0)
                continue;
            if (top < limit)
                *top++ = reference - ObjectHeaderSize;
            else
                _overflowed = true;
        }
        _top = top;
    }
}
