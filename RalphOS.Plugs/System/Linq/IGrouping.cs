// IGrouping<TKey, TElement>: one group GroupBy yields: its key and its elements in source
// order.
using System.Collections.Generic;

namespace System.Linq;

public interface IGrouping<out TKey, out TElement> : IEnumerable<TElement>
{
    TKey Key { get; }
}
