// OrderedEnumerable: the result of OrderBy/ThenBy: the source and its sort keys, first key
// first (each ThenBy makes a new OrderedEnumerable with one key more). Enumeration reads the
// source into an array, computes every key of every element once (SortKey), and sorts an
// array of positions comparing key by key, with the source position as the last
// tie-breaker: so the (unstable) introsort of Array.Sort gives a stable order.
//
// One sealed class on purpose: with a generic base class whose shared code runs for a
// derived generic class built from shared code, the kernel's type loader gave the base
// part a wrong generic dictionary (the first design, OrderedEnumerable<TElement, TKey> :
// OrderedEnumerable<TElement>, crashed in the kernel and passed on .NET).
using System.Collections.Generic;

namespace System.Linq;

internal sealed class OrderedEnumerable<TElement> : IOrderedEnumerable<TElement>
{
    private readonly IEnumerable<TElement> _source;
    private readonly SortKey<TElement>[] _keys;

    public OrderedEnumerable(IEnumerable<TElement> source, SortKey<TElement>[] keys)
    {
        _source = source;
        _keys = keys;
    }

    public IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending)
    {
        LinqErrors.CheckNotNull(keySelector, nameof(keySelector));
        var keys = new SortKey<TElement>[_keys.Length + 1];
        Array.Copy(_keys, keys, _keys.Length);
        keys[_keys.Length] = new SortKey<TElement, TKey>(keySelector, comparer, descending);
        return new OrderedEnumerable<TElement>(_source, keys);
    }

    public IEnumerator<TElement> GetEnumerator()
    {
        TElement[] elements = _source.ToArray();
        var levels = new SortLevel[_keys.Length];
        for (int i = 0; i < levels.Length; i++)
            levels[i] = _keys[i].ComputeLevel(elements);
        var positions = new int[elements.Length];
        for (int i = 0; i < positions.Length; i++)
            positions[i] = i;
        Array.Sort(positions, new PositionComparer(levels).Compare);
        for (int i = 0; i < positions.Length; i++)
            yield return elements[positions[i]];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
