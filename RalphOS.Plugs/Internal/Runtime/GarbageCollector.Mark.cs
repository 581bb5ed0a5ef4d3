// The mark phase: the collector hands its roots to a HeapTracer (HeapTracer.cs), which
// marks and traces the heap from them. The tracer's mark stack is runtime memory,
// allocated once; runtime memory (the Native owner flag) is never scanned or freed.
using Internal.Memory;

namespace Internal.Runtime;

public static unsafe partial class GarbageCollector
{
    private const int MarkStackCapacity = 64 * 1024;

    private static HeapTracer _tracer;
    private static nint* _markStack;

    private static void BeginMark(HeapState* heap)
    {
        if (_markStack == null)
            _markStack = (nint*)ManagedHeap.AllocateNative((nuint)MarkStackCapacity * (nuint)sizeof(nint));
        // Without a stack (no memory left for it) every push overflows: still correct,
        // through the tracer's rescans.
        _tracer.Begin(heap, _markStack, _markStack == null ? 0 : MarkStackCapacity, ManagedHeap.NativeOwnerFlag);
    }

    // A word that may or may not be a reference, possibly interior (stacks, registers).
    private static void MarkIfHeapObject(nint candidate) => _tracer.MarkCandidate(candidate);

    private static void ScanFrozenObject(byte* obj) => _tracer.ScanRoot(obj);

    private static void FinishMark() => _tracer.Finish();
}
