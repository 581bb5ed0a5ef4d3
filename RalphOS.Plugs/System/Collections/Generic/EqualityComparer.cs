// EqualityComparer<T>: the base class of equality comparers and the home of Default, the
// comparer Dictionary, HashSet, List.IndexOf and Array.IndexOf use when given none.
//
// Default comes from Create(), which ILC replaces (it is [Intrinsic]) with `new X()` for the
// exact comparer type it picks at compile time from the types in this namespace:
// StringEqualityComparer for string, GenericEqualityComparer<T> when T implements
// IEquatable<T>, NullableEqualityComparer<U> for U?, EnumEqualityComparer<T> for enums and
// ObjectEqualityComparer<T> otherwise (see EqualityComparers.cs). The body written here only
// runs for shared (canonical) instantiations the compiler cannot resolve. The JIT also knows
// the Default getter ([Intrinsic]) and devirtualizes Default.Equals for exact types.
using System.Runtime.CompilerServices;

namespace System.Collections.Generic;

public abstract class EqualityComparer<T> : IEqualityComparer<T>
{
    private static readonly EqualityComparer<T> _default = Create();

    public static EqualityComparer<T> Default
    {
        [Intrinsic]
        get => _default;
    }

    [Intrinsic]
    private static EqualityComparer<T> Create() => new ObjectEqualityComparer<T>();

    public abstract bool Equals(T x, T y);

    public abstract int GetHashCode(T obj);

    // The collections' view of a caller's comparer: null means Default, and comparers that
    // are not EqualityComparer<T> subclasses are wrapped so collections never need
    // interface dispatch on their hot paths.
    internal static EqualityComparer<T> FromInterface(IEqualityComparer<T> comparer)
    {
        if (comparer == null)
            return Default;
        return comparer as EqualityComparer<T> ?? new InterfaceEqualityComparer<T>(comparer);
    }
}

// Adapts an arbitrary IEqualityComparer<T> to the class the collections call.
internal sealed class InterfaceEqualityComparer<T> : EqualityComparer<T>
{
    private readonly IEqualityComparer<T> _inner;

    public InterfaceEqualityComparer(IEqualityComparer<T> inner) { _inner = inner; }

    public override bool Equals(T x, T y) => _inner.Equals(x, y);
    public override int GetHashCode(T obj) => _inner.GetHashCode(obj);
}
