// Comparer<T>: the base class of orderings and the home of Default, the ordering
// List<T>.Sort() and Array.Sort<T>(T[]) use when given none.
//
// Default comes from Create(), which ILC replaces (it is [Intrinsic]) with `new X()` for the
// exact comparer type it picks at compile time: GenericComparer<T> when T implements
// IComparable<T>, NullableComparer<U> for U?, EnumComparer<T> for enums and ObjectComparer<T>
// otherwise (see Comparers.cs). The body here only runs for shared (canonical)
// instantiations the compiler cannot resolve.
using System.Runtime.CompilerServices;

namespace System.Collections.Generic;

public abstract class Comparer<T> : IComparer<T>
{
    private static readonly Comparer<T> _default = Create();

    public static Comparer<T> Default
    {
        [Intrinsic]
        get => _default;
    }

    [Intrinsic]
    private static Comparer<T> Create() => new ObjectComparer<T>();

    public abstract int Compare(T x, T y);

    // The sort helpers' view of a caller's comparer: null means Default; other IComparer<T>
    // implementations are wrapped so the sort never needs interface dispatch.
    internal static Comparer<T> FromInterface(IComparer<T> comparer)
    {
        if (comparer == null)
            return Default;
        return comparer as Comparer<T> ?? new InterfaceComparer<T>(comparer);
    }
}

// Adapts an arbitrary IComparer<T> to the class the sort helpers call.
internal sealed class InterfaceComparer<T> : Comparer<T>
{
    private readonly IComparer<T> _inner;

    public InterfaceComparer(IComparer<T> inner) { _inner = inner; }

    public override int Compare(T x, T y) => _inner.Compare(x, y);
}
