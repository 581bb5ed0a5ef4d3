// ValueTuple's equality, hash and text, as .NET's: element-wise EqualityComparer<T>.Default
// (so (1, "a") == (1, "a") through Equals, and tuples work as dictionary keys), and ToString
// "(1, a)" with null elements as empty. C#'s == on tuples compares elements itself.
using System.Collections.Generic;

namespace System;

public partial struct ValueTuple<T1, T2> : IEquatable<ValueTuple<T1, T2>>
{
    public bool Equals(ValueTuple<T1, T2> other) =>
        EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2);

    public override bool Equals(object obj) => obj is ValueTuple<T1, T2> other && Equals(other);

    public override int GetHashCode() => TupleHash.Combine(Item1?.GetHashCode() ?? 0, Item2?.GetHashCode() ?? 0);

    public override string ToString() => $"({Item1}, {Item2})";
}

public partial struct ValueTuple<T1, T2, T3> : IEquatable<ValueTuple<T1, T2, T3>>
{
    public bool Equals(ValueTuple<T1, T2, T3> other) =>
        EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
        && EqualityComparer<T3>.Default.Equals(Item3, other.Item3);

    public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3> other && Equals(other);

    public override int GetHashCode() =>
        TupleHash.Combine(TupleHash.Combine(Item1?.GetHashCode() ?? 0, Item2?.GetHashCode() ?? 0), Item3?.GetHashCode() ?? 0);

    public override string ToString() => $"({Item1}, {Item2}, {Item3})";
}

public partial struct ValueTuple<T1, T2, T3, T4> : IEquatable<ValueTuple<T1, T2, T3, T4>>
{
    public bool Equals(ValueTuple<T1, T2, T3, T4> other) =>
        EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
        && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4);

    public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4> other && Equals(other);

    public override int GetHashCode() =>
        TupleHash.Combine(TupleHash.Combine(Item1?.GetHashCode() ?? 0, Item2?.GetHashCode() ?? 0),
            TupleHash.Combine(Item3?.GetHashCode() ?? 0, Item4?.GetHashCode() ?? 0));

    public override string ToString() => $"({Item1}, {Item2}, {Item3}, {Item4})";
}

internal static class TupleHash
{
    // A multiply-rotate mix (the constant is 2^32 / golden ratio); .NET's values differ and
    // are randomised per process, so no code may depend on them.
    public static int Combine(int first, int second) =>
        (int)(((uint)first * 2654435769u) ^ (((uint)second << 15) | ((uint)second >> 17)));
}
