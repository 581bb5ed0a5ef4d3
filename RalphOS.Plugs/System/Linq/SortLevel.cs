// The pieces of an OrderBy/ThenBy sort (OrderedEnumerable): SortKey is one key as the query
// describes it (selector, comparer, direction); SortLevel is that key computed for the
// elements of one enumeration (each element's key once) and compares two positions by it;
// PositionComparer compares positions level by level, the first level first, and decides a
// complete tie by position, which makes the sort stable.
using System.Collections.Generic;

namespace System.Linq;

internal abstract class SortKey<TElement>
{
    public abstract SortLevel ComputeLevel(TElement[] elements);
}

internal sealed class SortKey<TElement, TKey> : SortKey<TElement>
{
    private readonly Func<TElement, TKey> _keySelector;
    private readonly IComparer<TKey> _comparer;
    private readonly bool _descending;

    public SortKey(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending)
    {
        _keySelector = keySelector;
        _comparer = comparer ?? Comparer<TKey>.Default;
        _descending = descending;
    }

    public override SortLevel ComputeLevel(TElement[] elements)
    {
        var keys = new TKey[elements.Length];
        for (int i = 0; i < elements.Length; i++)
            keys[i] = _keySelector(elements[i]);
        return new SortLevel<TKey>(keys, _comparer, _descending);
    }
}

internal abstract class SortLevel
{
    public abstract int Compare(int left, int right);
}

internal sealed class SortLevel<TKey> : SortLevel
{
    private readonly TKey[] _keys;
    private readonly IComparer<TKey> _comparer;
    private readonly bool _descending;

    public SortLevel(TKey[] keys, IComparer<TKey> comparer, bool descending)
    {
        _keys = keys;
        _comparer = comparer;
        _descending = descending;
    }

    public override int Compare(int left, int right)
    {
        int order = _comparer.Compare(_keys[left], _keys[right]);
        if (order == 0)
            return 0;
        return (order > 0) != _descending ? 1 : -1;
    }
}

internal sealed class PositionComparer
{
    private readonly SortLevel[] _levels;

    public PositionComparer(SortLevel[] levels) { _levels = levels; }

    public int Compare(int left, int right)
    {
        for (int i = 0; i < _levels.Length; i++)
        {
            int order = _levels[i].Compare(left, right);
            if (order != 0)
                return order;
        }
        return left - right;
    }
}
