// Something foreach can walk, yielding T.
namespace System.Collections.Generic;

public interface IEnumerable<out T> : IEnumerable
{
    new IEnumerator<T> GetEnumerator();
}
