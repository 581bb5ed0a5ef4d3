// Enumerable: DistinctBy, UnionBy, IntersectBy and ExceptBy: the set operators comparing a
// key of each element instead of the element (.NET 6). Deferred; each yields the first
// element seen for a key, in source order; second is a sequence of keys for IntersectBy and
// ExceptBy, of elements for UnionBy, as on .NET.
using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    public static IEnumerable<TSource> DistinctBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
        DistinctBy(source, keySelector, null);

    public static IEnumerable<TSource> DistinctBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
        IEqualityComparer<TKey> comparer)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(keySelector, nameof(keySelector));
        return DistinctByIterator(source, keySelector, comparer);
    }

    public static IEnumerable<TSource> UnionBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TSource> second,
        Func<TSource, TKey> keySelector) => UnionBy(first, second, keySelector, null);

    public static IEnumerable<TSource> UnionBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TSource> second,
        Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
    {
        LinqErrors.CheckNotNull(first, nameof(first));
        LinqErrors.CheckNotNull(second, nameof(second));
        LinqErrors.CheckNotNull(keySelector, nameof(keySelector));
        return DistinctByIterator(ConcatIterator(first, second), keySelector, comparer);
    }

    public static IEnumerable<TSource> IntersectBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TKey> second,
        Func<TSource, TKey> keySelector) => IntersectBy(first, second, keySelector, null);

    public static IEnumerable<TSource> IntersectBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TKey> second,
        Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
    {
        LinqErrors.CheckNotNull(first, nameof(first));
        LinqErrors.CheckNotNull(second, nameof(second));
        LinqErrors.CheckNotNull(keySelector, nameof(keySelector));
        return FilterByKeysIterator(first, second, keySelector, comparer, true);
    }

    public static IEnumerable<TSource> ExceptBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TKey> second,
        Func<TSource, TKey> keySelector) => ExceptBy(first, second, keySelector, null);

    public static IEnumerable<TSource> ExceptBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TKey> second,
        Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
    {
        LinqErrors.CheckNotNull(first, nameof(first));
        LinqErrors.CheckNotNull(second, nameof(second));
        LinqErrors.CheckNotNull(keySelector, nameof(keySelector));
        return FilterByKeysIterator(first, second, keySelector, comparer, false);
    }

    private static IEnumerable<TSource> DistinctByIterator<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
        IEqualityComparer<TKey> comparer)
    {
        var seen = new SeenSet<TKey>(comparer);
        foreach (TSource element in source)
        {
            if (seen.Add(keySelector(element)))
                yield return element;
        }
    }

    // Elements of first whose key is (keep = true) or is not (keep = false) among the keys
    // in second, one per key.
    private static IEnumerable<TSource> FilterByKeysIterator<TSource, TKey>(IEnumerable<TSource> first, IEnumerable<TKey> second,
        Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer, bool keep)
    {
        var keys = new SeenSet<TKey>(comparer);
        foreach (TKey key in second)
            keys.Add(key);
        var yielded = new SeenSet<TKey>(comparer);
        foreach (TSource element in first)
        {
            TKey key = keySelector(element);
            if (keys.Contains(key) == keep && yielded.Add(key))
                yield return element;
        }
    }
}
