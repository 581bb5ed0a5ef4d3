// Lookup<TKey, TElement>: the ILookup that ToLookup builds (and Join and GroupJoin use for
// their inner sequence): groups in the order their keys first appear, each group's elements
// in source order, as .NET's. A null key is a key like any other (kept apart, as our
// Dictionary refuses null keys); a missing key gives an empty sequence.
using System.Collections;
using System.Collections.Generic;

namespace System.Linq;

public class Lookup<TKey, TElement> : ILookup<TKey, TElement>
{
    private readonly Dictionary<TKey, Grouping<TKey, TElement>> _byKey;
    private readonly List<Grouping<TKey, TElement>> _inOrder = new List<Grouping<TKey, TElement>>();
    private Grouping<TKey, TElement> _nullKeyGroup;

    internal Lookup(IEqualityComparer<TKey> comparer)
    {
        _byKey = new Dictionary<TKey, Grouping<TKey, TElement>>(0, comparer);
    }

    internal static Lookup<TKey, TElement> Create<TSource>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
        Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
    {
        var lookup = new Lookup<TKey, TElement>(comparer);
        foreach (TSource item in source)
            lookup.GetOrAddGroup(keySelector(item)).Add(elementSelector(item));
        return lookup;
    }

    public int Count => _inOrder.Count;

    public IEnumerable<TElement> this[TKey key] => (IEnumerable<TElement>)Find(key) ?? Array.Empty<TElement>();

    public bool Contains(TKey key) => Find(key) != null;

    public IEnumerator<IGrouping<TKey, TElement>> GetEnumerator()
    {
        foreach (Grouping<TKey, TElement> group in _inOrder)
            yield return group;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal Grouping<TKey, TElement> Find(TKey key)
    {
        if (key == null)
            return _nullKeyGroup;
        return _byKey.TryGetValue(key, out Grouping<TKey, TElement> group) ? group : null;
    }

    private Grouping<TKey, TElement> GetOrAddGroup(TKey key)
    {
        Grouping<TKey, TElement> group = Find(key);
        if (group != null)
            return group;
        group = new Grouping<TKey, TElement>(key);
        _inOrder.Add(group);
        if (key == null)
            _nullKeyGroup = group;
        else
            _byKey.Add(key, group);
        return group;
    }
}
