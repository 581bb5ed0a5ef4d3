// IComparer<T>: an ordering of T values (negative, zero or positive), the contract sorting
// relies on. Comparer<T> is the class form the sort helpers call.
namespace System.Collections.Generic;

public interface IComparer<in T>
{
    int Compare(T x, T y);
}
