// System.Array: base of every array type. The element count is the first field after the
// MethodTable pointer; the compiler and runtime depend on that layout.
using System.Runtime.CompilerServices;
using Internal.Runtime;
using Internal.Runtime.CompilerHelpers;

namespace System;

public abstract unsafe partial class Array
{
    // The compiler depends on this being the first field.
    private int _numComponents;

    public int Length => _numComponents;

    // Points at the first element.
    internal ref byte GetRawData() => ref Unsafe.AddByteOffset(ref Unsafe.As<int, byte>(ref _numComponents), (nint)sizeof(nint));

    internal int ElementSize => GetMethodTable()->ComponentSize;

    public static void Copy(Array source, int sourceIndex, Array destination, int destinationIndex, int length)
    {
        if (source == null || destination == null)
            ThrowHelpers.ThrowNullReferenceException();
        if (source.GetMethodTable() != destination.GetMethodTable())
            ThrowHelpers.ThrowArrayTypeMismatchException();
        if (length < 0 || sourceIndex < 0 || destinationIndex < 0
            || sourceIndex > source.Length - length || destinationIndex > destination.Length - length)
            ThrowHelpers.ThrowArgumentOutOfRangeException();
        nuint elementSize = (nuint)source.ElementSize;
        byte* from = (byte*)Unsafe.AsPointer(ref source.GetRawData()) + (nuint)sourceIndex * elementSize;
        byte* to = (byte*)Unsafe.AsPointer(ref destination.GetRawData()) + (nuint)destinationIndex * elementSize;
        Buffer.MemoryCopy(from, to, (nuint)length * elementSize);
    }

    public static void Copy(Array source, Array destination, int length) => Copy(source, 0, destination, 0, length);
}
