// RuntimeHelpers: services the C# compiler's generated code calls (array initializers,
// string data offsets, sub-arrays of a range) plus a few runtime queries.
using Internal.Runtime;

namespace System.Runtime.CompilerServices;

public static unsafe class RuntimeHelpers
{
    // Copies the compiler-emitted constant data of an array initializer into the array.
    [Intrinsic]
    public static void InitializeArray(Array array, RuntimeFieldHandle fldHandle)
    {
        // ILC expands this call at compile time; reaching here means a form it could not.
        Panic.Fail("RuntimeHelpers.InitializeArray was not expanded by the compiler");
    }

    public static int OffsetToStringData => sizeof(nint) + sizeof(int);

    [Intrinsic]
    public static bool IsReferenceOrContainsReferences<T>() => throw null;

    [Intrinsic]
    public static bool IsKnownConstant(char value) => false;

    // A per-object hash: the address, folded. Stable because the collector never moves objects.
    internal static int AddressHash(object value)
    {
        nint address = *(nint*)Unsafe.AsPointer(ref value);
        return (int)address ^ (int)(address >> 32);
    }

    public static int GetHashCode(object value) => value == null ? 0 : AddressHash(value);

    // `array[a..b]`: the compiler calls this for a range over an array; a new array of the
    // same element type holding the selected elements (ArgumentOutOfRangeException when the
    // range does not fit, ArgumentNullException for a null array).
    public static T[] GetSubArray<T>(T[] array, Range range)
    {
        if (array == null)
            throw new ArgumentNullException(nameof(array));
        (int offset, int length) = range.GetOffsetAndLength(array.Length);
        var result = new T[length];
        Array.Copy(array, offset, result, 0, length);
        return result;
    }
}
