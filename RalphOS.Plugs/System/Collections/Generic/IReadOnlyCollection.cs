// IReadOnlyCollection<T>: something enumerable that knows its size.
namespace System.Collections.Generic;

public interface IReadOnlyCollection<out T> : IEnumerable<T>
{
    int Count { get; }
}
