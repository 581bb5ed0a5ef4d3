// Grouping: the IGrouping GroupBy yields: a key and the list of its elements, in the order
// they came from the source.
using System.Collections;
using System.Collections.Generic;

namespace System.Linq;

internal sealed class Grouping<TKey, TElement> : IGrouping<TKey, TElement>
{
    private readonly List<TElement> _elements = new List<TElement>();

    public Grouping(TKey key) { Key = key; }

    public TKey Key { get; }

    internal void Add(TElement element) => _elements.Add(element);

    public IEnumerator<TElement> GetEnumerator() => ((IEnumerable<TElement>)_elements).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
