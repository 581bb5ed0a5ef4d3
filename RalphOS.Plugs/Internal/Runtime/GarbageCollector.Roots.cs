// GarbageCollector.Roots: words outside the heap, the GC static region and the stacks that
// hold references the collector must follow: the static fields of generic types the type
// loader builds at run time (TypeLoader.GenericStatics) keep their object in such a word.
// Registered words stay roots for good.
namespace Internal.Runtime;

public static unsafe partial class GarbageCollector
{
    private const int MaxRegisteredRoots = 1024;

    private static nint** _registeredRoots;
    private static int _registeredRootCount;

    public static bool RegisterRoot(nint* word)
    {
        if (_registeredRoots == null)
            _registeredRoots = (nint**)ManagedHeap.AllocateNative((nuint)(MaxRegisteredRoots * sizeof(nint*)));
        if (_registeredRoots == null || _registeredRootCount == MaxRegisteredRoots)
            return false;
        _registeredRoots[_registeredRootCount++] = word;
        return true;
    }

    private static void MarkRegisteredRoots()
    {
        for (int i = 0; i < _registeredRootCount; i++)
            MarkIfHeapObject(*_registeredRoots[i]);
    }
}
