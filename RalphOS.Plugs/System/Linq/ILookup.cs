// ILookup<TKey, TElement>: what ToLookup gives: a read-only map from each key to the
// sequence of its elements; a key that is not there maps to an empty sequence.
using System.Collections.Generic;

namespace System.Linq;

public interface ILookup<TKey, TElement> : IEnumerable<IGrouping<TKey, TElement>>
{
    int Count { get; }

    IEnumerable<TElement> this[TKey key] { get; }

    bool Contains(TKey key);
}
