// GcDescriptor: where an object's references are, read from the GC descriptor the compiler
// stores just below each MethodTable (dotnet/runtime src/coreclr/gc/gcdesc.h). A
// pointer-sized series count N sits at MT-8. N > 0: N series of {seriesSize, startOffset}
// growing downwards from MT-24, each covering (seriesSize + objectSize) bytes of references
// from obj+startOffset. N < 0: an array of structs; startOffset at MT-16, then -N items
// {uint32 count, uint32 skip} downwards from MT-24, repeated over the elements until the
// end of the object. `obj` is an object's address (where its MethodTable pointer is); the
// header word in front of it is counted by BaseSize. Callers: HeapTracer.
using System.Runtime.CompilerServices;

namespace Internal.Runtime;

internal static unsafe class GcDescriptor
{
    // Bytes of the object, elements and header word included.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint ObjectSize(byte* obj, MethodTable* type)
    {
        nint size = (nint)type->BaseSize;
        if (type->HasComponentSize)
            size += (nint)(*(uint*)(obj + sizeof(nint))) * type->ComponentSize;
        return size;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint SeriesCount(MethodTable* type) => *(nint*)((byte*)type - sizeof(nint));

    // The first reference slot of series `index` (0 .. SeriesCount-1) of an object of
    // `size` bytes; `stop` is the end of its slots.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte* Series(byte* obj, MethodTable* type, nint size, nint index, out byte* stop)
    {
        nint* series = (nint*)((byte*)type - sizeof(nint)) - 2 - 2 * index;
        byte* slot = obj + series[1];
        stop = slot + series[0] + size;
        return slot;
    }

    // An array of structs (SeriesCount < 0): the first slot the item pattern applies to.
    public static byte* ValueTypeArrayStart(byte* obj, MethodTable* type) =>
        obj + *((nint*)((byte*)type - sizeof(nint)) - 1);

    // The end of an object's memory (where the pattern stops).
    public static byte* ObjectEnd(byte* obj, nint size) => obj + size - sizeof(nint);

    // Item `index` (0 .. -SeriesCount-1) of the pattern: `pointers` reference slots, then
    // `skip` bytes without references.
    public static void ValueTypeArrayItem(MethodTable* type, nint index, out uint pointers, out uint skip)
    {
        uint* items = (uint*)((nint*)((byte*)type - sizeof(nint)) - 2);
        pointers = items[-2 * index];
        skip = items[-2 * index + 1];
    }
}
