// The concrete equality comparers EqualityComparer<T>.Default can be. ILC finds them by
// name in this namespace of the system module (StringEqualityComparer,
// GenericEqualityComparer`1, ObjectEqualityComparer`1, EnumEqualityComparer`1,
// NullableEqualityComparer`1) and constructs one with its parameterless constructor, so the
// names and the constructors must stay. Semantics follow .NET: null equals null only, and
// GetHashCode(null) is 0.
using System.Runtime.CompilerServices;

namespace System.Collections.Generic;

// string: ordinal equality and the string's own (FNV-1a) hash.
internal sealed class StringEqualityComparer : EqualityComparer<string>
{
    public override bool Equals(string x, string y) => string.Equals(x, y);
    public override int GetHashCode(string obj) => obj == null ? 0 : obj.GetHashCode();
}

// T implements IEquatable<T>: a direct, non-boxing call for value types (an interface
// call for reference types).
internal sealed class GenericEqualityComparer<T> : EqualityComparer<T> where T : IEquatable<T>
{
    public override bool Equals(T x, T y)
    {
        if (x == null)
            return y == null;
        return y != null && x.Equals(y);
    }

    public override int GetHashCode(T obj) => obj == null ? 0 : obj.GetHashCode();
}

// Anything else: object.Equals (boxes value types).
internal sealed class ObjectEqualityComparer<T> : EqualityComparer<T>
{
    public override bool Equals(T x, T y)
    {
        if (x == null)
            return y == null;
        return y != null && x.Equals((object)y);
    }

    public override int GetHashCode(T obj) => obj == null ? 0 : obj.GetHashCode();
}

// Enums: compare and hash the underlying integer without boxing.
internal sealed class EnumEqualityComparer<T> : EqualityComparer<T> where T : struct, Enum
{
    public override bool Equals(T x, T y) => EnumBits.Read(ref x) == EnumBits.Read(ref y);

    public override int GetHashCode(T obj)
    {
        long bits = EnumBits.Read(ref obj);
        return (int)bits ^ (int)(bits >> 32);
    }
}

// T?: equal when both are empty or both hold equal values.
internal sealed class NullableEqualityComparer<T> : EqualityComparer<T?> where T : struct
{
    public override bool Equals(T? x, T? y)
    {
        if (x.HasValue != y.HasValue)
            return false;
        return !x.HasValue || EqualityComparer<T>.Default.Equals(x.value, y.value);
    }

    public override int GetHashCode(T? obj) => obj.HasValue ? EqualityComparer<T>.Default.GetHashCode(obj.value) : 0;
}

// The underlying value of an enum, sign-extended for signed underlying types.
internal static unsafe class EnumBits
{
    // CorElementType values of the signed integer types (ECMA-335 II.23.1.16), as NativeAOT
    // stores them in an enum's MethodTable.
    private const int ElementTypeI1 = 0x04;
    private const int ElementTypeI2 = 0x06;
    private const int ElementTypeI4 = 0x08;
    private const int ElementTypeI8 = 0x0A;

    public static long Read<T>(ref T value) where T : struct
    {
        int size = Unsafe.SizeOf<T>();
        ref byte raw = ref Unsafe.As<T, byte>(ref value);
        if (size == 1)
            return raw;
        if (size == 2)
            return Unsafe.As<byte, ushort>(ref raw);
        if (size == 4)
            return Unsafe.As<byte, uint>(ref raw);
        return Unsafe.As<byte, long>(ref raw);
    }

    // Read, but sign-extended when the enum's underlying type is signed (for ordering).
    public static long ReadForOrdering<T>(ref T value, bool isSigned) where T : struct
    {
        int size = Unsafe.SizeOf<T>();
        ref byte raw = ref Unsafe.As<T, byte>(ref value);
        if (size == 1)
            return isSigned ? Unsafe.As<byte, sbyte>(ref raw) : raw;
        if (size == 2)
            return isSigned ? Unsafe.As<byte, short>(ref raw) : Unsafe.As<byte, ushort>(ref raw);
        if (size == 4)
            return isSigned ? Unsafe.As<byte, int>(ref raw) : Unsafe.As<byte, uint>(ref raw);
        return Unsafe.As<byte, long>(ref raw);
    }

    public static bool IsSigned<T>() where T : struct
    {
        object boxed = default(T);
        int elementType = boxed.GetMethodTable()->ElementType;
        return elementType == ElementTypeI1 || elementType == ElementTypeI2
            || elementType == ElementTypeI4 || elementType == ElementTypeI8;
    }
}
