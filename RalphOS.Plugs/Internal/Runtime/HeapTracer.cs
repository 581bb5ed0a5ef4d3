// HeapTracer: the collector's mark phase over a KernelHeap. Roots come in as words that may
// or may not be references (MarkCandidate: stacks, registers, static blocks) or as objects
// outside the heap whose references are exact (ScanRoot: frozen objects). A reached block
// gets its mark bit (HeapState.MarkBitmap); if its reference bit says it may hold
// references (HeapState.ReferenceBitmap) it goes on an explicit mark stack, which Finish
// drains (HeapTracer.Drain.cs). So an object without references - most of a heap's bytes,
// strings and arrays of values - is marked through the bitmaps alone, without touching its
// memory (under QEMU's TCG every page touched costs a software TLB fill). Blocks whose
// owner carries a preserved flag (runtime memory, and the allocation reserves, whose owner
// has every flag set) are never scanned, and the sweep keeps them marked or not.
// Reference slots are scanned at most ChunkSlots at a time: the rest of a larger series
// goes back on the stack as a range entry, under the children just found. So the objects
// one chunk marks are scanned while their memory is still fresh in the TLB and caches
// (marking and scanning them are one pass over their pages, not two), and a large array
// of references takes a few stack entries rather than one per element.
// When the stack is full, an object is left marked but unscanned and Finish rescans all
// marked blocks until no overflow remains, so any heap shape is handled in bounded memory.
// A range never overflows: without room for it, it is scanned on the spot.
// A heap of several regions (HeapRegions: a program's grown heap) is traced as one: the
// first region's bounds and bitmaps are the fast path kept in fields; a word outside it is
// looked up in the other regions (only when there are any, so the kernel's single-region
// heap pays one test per miss), and the overflow rescans walk every region.
// Interface: Begin, MarkCandidate, ScanRoot, Finish. Callers: GarbageCollector, tests.
using Internal.Memory;

namespace Internal.Runtime;

internal unsafe partial struct HeapTracer
{
    // An object's address is its block's payload plus this header word.
    public const int ObjectHeaderSize = 8;
    private const int ChunkSlots = 16;
    private const nint ChunkBytes = ChunkSlots * 8; // slots are pointer-sized
    // Set on the second word of a range entry (slots are 8-aligned, payloads 16-aligned).
    private const nint RangeTag = 1;

    private HeapState* _heap;
    private HeapState* _otherRegions; // the rest of the chain after _heap, or null
    private nint _areaStart;
    private nuint _areaBytes;
    private ulong* _startBitmap;
    private ulong* _markBitmap;
    private ulong* _referenceBitmap;
    private uint _preservedOwners;
    // The mark stack: entries in [_bottom, _top), room up to _limit.
    private nint* _bottom;
    private nint* _top;
    private nint* _limit;
    private bool _overflowed;

    // Starts a mark over `heap` (with the regions chained after it) with `capacity` words
    // of mark stack at `stack`; blocks owned with any of `preservedOwnerFlags` are left
    // alone. Marks left from before must be clear.
    public void Begin(HeapState* heap, nint* stack, int capacity, uint preservedOwnerFlags)
    {
        _heap = heap;
        _otherRegions = heap->NextRegion;
        _areaStart = (nint)heap->AreaStart;
        _areaBytes = (nuint)(heap->AreaEnd - heap->AreaStart);
        _startBitmap = heap->StartBitmap;
        _markBitmap = heap->MarkBitmap;
        _referenceBitmap = heap->ReferenceBitmap;
        _preservedOwners = preservedOwnerFlags;
        _bottom = stack;
        _top = stack;
        _limit = stack + capacity;
        _overflowed = false;
    }

    // A word that may or may not be a reference, possibly interior (stacks, registers).
    public void MarkCandidate(nint candidate)
    {
        HeapState* heap = _heap;
        if ((nuint)(candidate - _areaStart) >= _areaBytes)
        {
            if (_otherRegions == null)
                return;
            heap = HeapRegions.Find(_otherRegions, (void*)candidate);
            if (heap == null)
                return;
        }
        void* payload = KernelHeapWalker.FindBlock(heap, (void*)candidate);
        if (payload == null || KernelHeapWalker.IsMarked(heap, payload)
            || (KernelHeapWalker.Owner(payload) & _preservedOwners) != 0)
            return;
        KernelHeapWalker.SetMark(heap, payload);
        if (KernelHeapWalker.MayHoldReferences(heap, payload))
            PushObject((nint)payload);
    }

    // Marks from the references of an object outside the heap (a frozen object).
    public void ScanRoot(byte* obj) => ScanNow(obj);

    // Traces everything reachable from the roots given so far.
    public void Finish()
    {
        Drain();
        while (_overflowed)
        {
            _overflowed = false;
            for (HeapState* region = _heap; region != null; region = region->NextRegion)
                Rescan(region);
        }
    }

    // Scans every marked block of `region` that may hold references again (after an
    // overflow left some of them marked but unscanned).
    private void Rescan(HeapState* region)
    {
        for (void* payload = KernelHeapWalker.NextAllocated(region, null); payload != null;
             payload = KernelHeapWalker.NextAllocated(region, payload))
        {
            if (KernelHeapWalker.IsMarked(region, payload) && KernelHeapWalker.MayHoldReferences(region, payload)
                && (KernelHeapWalker.Owner(payload) & _preservedOwners) == 0)
            {
                ScanNow((byte*)payload + ObjectHeaderSize);
                Drain();
            }
        }
    }

    // Marks every reference of the object at `obj` now (each may push its target). A null
    // type is a block whose allocation has not stored its MethodTable yet: zeroed, so it
    // holds no references either.
    private void ScanNow(byte* obj)
    {
        MethodTable* type = *(MethodTable**)obj;
        if (type == null || !type->ContainsGCPointers)
            return;
        nint size = GcDescriptor.ObjectSize(obj, type);
        nint seriesCount = GcDescriptor.SeriesCount(type);
        if (seriesCount < 0)
        {
            ScanValueTypeArray(obj, type, size, -seriesCount);
            return;
        }
        for (nint i = 0; i < seriesCount; i++)
        {
            byte* slot = GcDescriptor.Series(obj, type, size, i, out byte* stop);
            ScanSlots(slot, stop);
        }
    }

    private void ScanValueTypeArray(byte* obj, MethodTable* type, nint size, nint itemCount)
    {
        byte* slot = GcDescriptor.ValueTypeArrayStart(obj, type);
        byte* end = GcDescriptor.ObjectEnd(obj, size);
        while (slot < end)
        {
            for (nint i = 0; i < itemCount; i++)
            {
                GcDescriptor.ValueTypeArrayItem(type, i, out uint pointers, out uint skip);
                byte* stop = slot + (nint)pointers * sizeof(nint);
                ScanSlots(slot, stop);
                slot = stop + skip;
            }
        }
    }

    private void PushObject(nint payload)
    {
        if (_top < _limit)
            *_top++ = payload;
        else
            _overflowed = true;
    }
}
