// The mark phase: the collector hands its roots to a HeapTracer (HeapTracer.cs), which
// marks and traces the heap from them. The tracer's mark stack is runtime memory,
// allocated once; runtime memory (the Native owner flag) is never scanned or freed.
using Internal.Memory;

namespace Internal.Runtime;

public static unsafe partial class GarbageCollector
{
    private const int MarkStackCapacity = 64 * 1024;
    // A small heap (a program's first region) gets a smaller stack: one entry per this many
    // bytes of heap, at least MinimumMarkStackCapacity; a heap that grew gets a larger one
    // at its next collection, if there is room for it (else it keeps the one it has).
    private const int HeapBytesPerMarkStackEntry = 256;
    private const int MinimumMarkStackCapacity = 4 * 1024;

    private static HeapTracer _tracer;
    private static nint* _markStack;
    private static int _markStackCapacity;

    // Takes the mark stack now, while there is room (a program's runtime calls it at start,
    // so its first collection does not grow a full heap just for the stack).
    public static void PrepareMarkStack()
    {
        int capacity = MarkStackCapacityFor(ManagedHeap.RegionBytes);
        if (capacity <= _markStackCapacity)
            return;
        // A larger stack is not worth growing the heap for (the collection may free room).
        nuint bytes = (nuint)capacity * (nuint)sizeof(nint);
        nint* stack = (nint*)(_markStack == null ? ManagedHeap.AllocateNative(bytes) : ManagedHeap.AllocateNativeIfRoom(bytes));
        if (stack == null)
            return;
        ManagedHeap.FreeNative(_markStack);
        _markStack = stack;
        _markStackCapacity = capacity;
    }

    private static int MarkStackCapacityFor(nuint heapBytes)
    {
        nuint entries = heapBytes / HeapBytesPerMarkStackEntry;
        return entries > MarkStackCapacity ? MarkStackCapacity
            : entries < MinimumMarkStackCapacity ? MinimumMarkStackCapacity : (int)entries;
    }

    // (Any growth for the stack happens before the regions are read.)
    private static void BeginMark()
    {
        PrepareMarkStack();
        // Without a stack (no memory left for it) every push overflows: still correct,
        // through the tracer's rescans.
        _tracer.Begin(ManagedHeap.Heap, _markStack, _markStackCapacity, ManagedHeap.NativeOwnerFlag);
    }

    // A word that may or may not be a reference, possibly interior (stacks, registers).
    private static void MarkIfHeapObject(nint candidate) => _tracer.MarkCandidate(candidate);

    private static void ScanFrozenObject(byte* obj) => _tracer.ScanRoot(obj);

    private static void FinishMark() => _tracer.Finish();
}
