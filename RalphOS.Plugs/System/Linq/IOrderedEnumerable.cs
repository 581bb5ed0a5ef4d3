// IOrderedEnumerable<TElement>: what OrderBy and OrderByDescending return, so ThenBy and
// ThenByDescending can add a key that breaks the ties of the keys before it.
using System.Collections.Generic;

namespace System.Linq;

public interface IOrderedEnumerable<out TElement> : IEnumerable<TElement>
{
    IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending);
}
