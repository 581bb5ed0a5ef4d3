// The concrete orderings Comparer<T>.Default can be. ILC finds them by name in this
// namespace of the system module (GenericComparer`1, ObjectComparer`1, EnumComparer`1,
// NullableComparer`1) and constructs one with its parameterless constructor, so the names
// and constructors must stay. As in .NET, null sorts before every non-null value.

namespace System.Collections.Generic;

// T implements IComparable<T>: a direct, non-boxing call for value types (an interface
// call for reference types).
internal sealed class GenericComparer<T> : Comparer<T> where T : IComparable<T>
{
    public override int Compare(T x, T y)
    {
        if (x == null)
            return y == null ? 0 : -1;
        if (y == null)
            return 1;
        return x.CompareTo(y);
    }
}

// Anything else (and the fallback for shared instantiations): the non-generic IComparable
// of x (or of y, negated); when neither has one they cannot be ordered: ArgumentException
// with .NET's message.
internal sealed class ObjectComparer<T> : Comparer<T>
{
    public override int Compare(T x, T y)
    {
        object a = x, b = y;
        if (a == null)
            return b == null ? 0 : -1;
        if (b == null)
            return 1;
        if (a is IComparable comparable)
            return comparable.CompareTo(b);
        if (b is IComparable other)
            return -other.CompareTo(a);
        throw new ArgumentException("At least one object must implement IComparable.");
    }
}

// Enums: order by the underlying integer (signed or unsigned as the enum's type is).
internal sealed class EnumComparer<T> : Comparer<T> where T : struct, Enum
{
    private readonly bool _isSigned = EnumBits.IsSigned<T>();

    public override int Compare(T x, T y)
    {
        long a = EnumBits.ReadForOrdering(ref x, _isSigned);
        long b = EnumBits.ReadForOrdering(ref y, _isSigned);
        if (a == b)
            return 0;
        bool less = _isSigned ? a < b : (ulong)a < (ulong)b;
        return less ? -1 : 1;
    }
}

// T?: an empty value sorts before any value.
internal sealed class NullableComparer<T> : Comparer<T?> where T : struct
{
    public override int Compare(T? x, T? y)
    {
        if (x.HasValue)
            return y.HasValue ? Comparer<T>.Default.Compare(x.value, y.value) : 1;
        return y.HasValue ? -1 : 0;
    }
}
