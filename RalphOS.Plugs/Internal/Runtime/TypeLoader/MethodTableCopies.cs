// MethodTableCopies: a new type made from an existing one, as the runtime builds the types
// the image lacks (T[] for a new T, List<T> for a new T): the GC descriptor in front of
// the MethodTable and the MethodTable itself are copied into native memory, where they
// stay for good, and the relative fields are re-aimed at what they pointed to. The caller
// then changes what differs (element type, type arguments, base type, interfaces).
using System;

namespace Internal.Runtime.TypeLoader;

internal static unsafe class MethodTableCopies
{
    public static MethodTable* Copy(MethodTable* template, out string problem)
    {
        problem = null;
        // The GC descriptor: a series count, then its series (GcDescriptor).
        nint series = GcDescriptor.SeriesCount(template);
        nuint descriptorSize = template->ContainsGCPointers
            ? (nuint)(series >= 0 ? sizeof(nint) * (1 + 2 * series) : sizeof(nint) * (2 - series))
            : 0;
        nuint size = template->Size;
        byte* memory = ManagedHeap.AllocateNative(descriptorSize + size);
        if (memory == null)
        {
            problem = "memory ran out";
            return null;
        }
        Buffer.MemoryCopy((byte*)template - descriptorSize, memory, descriptorSize + size);
        MethodTable* copy = (MethodTable*)(memory + descriptorSize);
        copy->RebaseRelativeFields(template);
        return copy;
    }
}
