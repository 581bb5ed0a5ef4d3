// The sweep phase: every managed block left unmarked is garbage and goes back to the
// heap; marks on the survivors are cleared for the next cycle. Runtime-native blocks are
// never touched. The work is HeapSweeper's single coalescing pass over the heap.
using Internal.Memory;

namespace Internal.Runtime;

public static unsafe partial class GarbageCollector
{
    private static nuint Sweep(HeapState* heap) => HeapSweeper.Sweep(heap, ManagedHeap.NativeOwnerFlag);
}
