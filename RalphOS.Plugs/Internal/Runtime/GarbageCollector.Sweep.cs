// The sweep phase: every managed block left unmarked is garbage and goes back to the
// heap; marks on the survivors are cleared for the next cycle. Runtime-native blocks are
// never touched.
using Internal.Memory;

namespace Internal.Runtime;

public static unsafe partial class GarbageCollector
{
    private static nuint Sweep(HeapState* heap)
    {
        nuint freed = 0;
        void* payload = KernelHeapWalker.NextAllocated(heap, null);
        while (payload != null)
        {
            void* next = KernelHeapWalker.NextAllocated(heap, payload);
            if ((KernelHeapWalker.Owner(payload) & ManagedHeap.NativeOwnerFlag) == 0)
            {
                if (KernelHeapWalker.IsMarked(payload))
                {
                    KernelHeapWalker.ClearMark(payload);
                }
                else
                {
                    freed += KernelHeapWalker.UsableSize(payload);
                    KernelHeap.Free(heap, payload);
                }
            }
            payload = next;
        }
        return freed;
    }
}
