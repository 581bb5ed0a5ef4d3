// The mark phase: a candidate reference is marked when it points into an allocated,
// managed (not runtime-native) heap block; marked blocks are pushed on an explicit mark
// stack and scanned precisely using the object's GC descriptor. When the mark stack
// overflows, objects stay marked but unscanned, and FinishMark rescans marked blocks
// until no overflow remains, so any heap shape is handled in bounded memory.
//
// GC descriptor (dotnet/runtime src/coreclr/gc/gcdesc.h), stored just below the
// MethodTable: a pointer-sized series count N at MT-8. N > 0: N series of
// {seriesSize, startOffset} growing downwards from MT-24, each covering
// (seriesSize + objectSize) bytes of references from obj+startOffset. N < 0: an array of
// structs; startOffset at MT-16, then -N items {uint32 count, uint32 skip} downwards from
// MT-24, repeated over the elements until the end of the object.
using System.Runtime.CompilerServices;
using Internal.Memory;

namespace Internal.Runtime;

public static unsafe partial class GarbageCollector
{
    private const int MarkStackCapacity = 64 * 1024;
    private const int ObjectHeaderSize = 8;

    private static HeapState* _heap;
    private static nint _heapLow;
    private static nint _heapHigh;
    private static void** _markStack;
    private static int _markStackCount;
    private static bool _markStackOverflowed;

    private static void BeginMark(HeapState* heap)
    {
        _heap = heap;
        _heapLow = (nint)heap->AreaStart;
        _heapHigh = (nint)heap->AreaEnd;
        if (_markStack == null)
            _markStack = (void**)ManagedHeap.AllocateNative((nuint)MarkStackCapacity * (nuint)sizeof(void*));
        _markStackCount = 0;
        _markStackOverflowed = false;
    }

    // A word that may or may not be a reference, possibly interior (stacks, registers).
    private static void MarkIfHeapObject(nint candidate)
    {
        if (candidate < _heapLow || candidate >= _heapHigh)
            return;
        MarkBlock(KernelHeapWalker.FindBlock(_heap, (void*)candidate));
    }

    // A reference field of a heap or frozen object: null, a frozen object outside the heap,
    // or exactly an object the allocator made (payload + ObjectHeaderSize), which the start
    // bitmap confirms in O(1). Anything else is handled conservatively rather than trusted.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MarkReference(nint reference)
    {
        if (reference < _heapLow || reference >= _heapHigh)
            return;
        void* payload = KernelHeapWalker.AllocatedBlockAt(_heap, (void*)(reference - ObjectHeaderSize));
        if (payload != null)
            MarkBlock(payload);
        else
            MarkIfHeapObject(reference);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MarkBlock(void* payload)
    {
        if (payload == null || KernelHeapWalker.IsMarked(payload))
            return;
        if ((KernelHeapWalker.Owner(payload) & ManagedHeap.NativeOwnerFlag) != 0)
            return;
        KernelHeapWalker.SetMark(payload);
        // Most of a typical heap is strings and arrays of values: nothing to scan, so they
        // never go on the mark stack. (A null type is a block whose allocation has not
        // stored its MethodTable yet: zeroed, so it holds no references either.)
        MethodTable* type = *(MethodTable**)((byte*)payload + ObjectHeaderSize);
        if (type == null || !type->ContainsGCPointers)
            return;
        if (_markStack != null && _markStackCount < MarkStackCapacity)
            _markStack[_markStackCount++] = payload;
        else
            _markStackOverflowed = true;
    }

    private static void FinishMark()
    {
        Drain();
        while (_markStackOverflowed)
        {
            _markStackOverflowed = false;
            for (void* payload = KernelHeapWalker.NextAllocated(_heap, null); payload != null;
                 payload = KernelHeapWalker.NextAllocated(_heap, payload))
            {
                if (KernelHeapWalker.IsMarked(payload) && (KernelHeapWalker.Owner(payload) & ManagedHeap.NativeOwnerFlag) == 0)
                {
                    ScanObject((byte*)payload + ObjectHeaderSize);
                    Drain();
                }
            }
        }
    }

    private static void Drain()
    {
        while (_markStackCount > 0)
            ScanObject((byte*)_markStack[--_markStackCount] + ObjectHeaderSize);
    }

    private static void ScanObject(byte* obj)
    {
        MethodTable* type = *(MethodTable**)obj;
        if (type == null || !type->ContainsGCPointers)
            return;
        nint size = (nint)type->BaseSize;
        if (type->HasComponentSize)
            size += (nint)(*(uint*)(obj + sizeof(nint))) * type->ComponentSize;
        nint seriesCount = *(nint*)((byte*)type - sizeof(nint));
        nint* highest = (nint*)((byte*)type - sizeof(nint)) - 2;
        if (seriesCount > 0)
        {
            for (nint i = 0; i < seriesCount; i++)
            {
                nint* series = highest - 2 * i;
                byte* slot = obj + series[1];
                byte* stop = slot + series[0] + size;
                for (; slot < stop; slot += sizeof(nint))
                    MarkReference(*(nint*)slot);
            }
        }
        else
        {
            ScanValueTypeArray(obj, size, -seriesCount, highest);
        }
    }

    private static void ScanValueTypeArray(byte* obj, nint size, nint itemCount, nint* highest)
    {
        byte* slot = obj + highest[1];
        byte* end = obj + size - ObjectHeaderSize;
        uint* items = (uint*)highest;
        while (slot < end)
        {
            for (nint i = 0; i < itemCount; i++)
            {
                uint pointers = items[-2 * i];
                uint skip = items[-2 * i + 1];
                for (uint j = 0; j < pointers; j++, slot += sizeof(nint))
                    MarkReference(*(nint*)slot);
                slot += skip;
            }
        }
    }
}
