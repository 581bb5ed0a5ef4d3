// GarbageCollector.Roots: words outside the heap, the GC static region and the stacks that
// hold references the collector must follow: the static fields of generic types the type
// loader builds at run time (TypeLoader.GenericStatics) keep their object in such a word.
// Registered words stay roots for good.
namespace Internal.Runtime;

public static unsafe partial class GarbageCollector
{
    private const int MaxRegisteredRoots = 1024;

    private static NativePointerList _registeredRoots = new NativePointerList(MaxRegisteredRoots);

    public static bool RegisterRoot(nint* word) => _registeredRoots.Add(word);

    private static void MarkRegisteredRoots()
    {
        for (int i = 0; i < _registeredRoots.Count; i++)
            MarkIfHeapObject(*(nint*)_registeredRoots[i]);
    }
}
