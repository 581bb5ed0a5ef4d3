// IEquatable<T>: typed equality without boxing. EqualityComparer<T>.Default uses it when T
// implements it (the compiler picks GenericEqualityComparer<T> for such T), so
// Dictionary<int, ...> and Dictionary<string, ...> compare keys without allocating.
namespace System;

public interface IEquatable<T>
{
    bool Equals(T other);
}
