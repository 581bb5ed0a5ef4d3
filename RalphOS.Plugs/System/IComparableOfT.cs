// IComparable<T>: typed ordering without boxing. Comparer<T>.Default (List<T>.Sort,
// Array.Sort) uses it when T implements it (the compiler picks GenericComparer<T>).
namespace System;

public interface IComparable<in T>
{
    int CompareTo(T other);
}
