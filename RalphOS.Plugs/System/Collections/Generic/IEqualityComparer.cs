// IEqualityComparer<T>: equality and hashing for a T, the contract Dictionary and HashSet
// keys rely on (equal values must hash equally). Collections in this library call
// EqualityComparer<T> (a class, so calls are virtual rather than interface dispatch) and
// wrap any other implementation in an adapter.
namespace System.Collections.Generic;

public interface IEqualityComparer<in T>
{
    bool Equals(T x, T y);
    int GetHashCode(T obj);
}
