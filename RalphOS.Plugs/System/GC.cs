// GC: the program's view of the garbage collector (Internal.Runtime.GarbageCollector):
// Collect runs a full mark-and-sweep; GetTotalMemory reports the heap bytes in use,
// after a collection when asked to.
using Internal.Runtime;

namespace System;

public static class GC
{
    public static void Collect() => GarbageCollector.Collect();

    public static long GetTotalMemory(bool forceFullCollection)
    {
        if (forceFullCollection)
            GarbageCollector.Collect();
        return (long)ManagedHeap.BytesUsed;
    }

    public static int CollectionCount(int generation) => (int)GarbageCollector.Collections;
}
