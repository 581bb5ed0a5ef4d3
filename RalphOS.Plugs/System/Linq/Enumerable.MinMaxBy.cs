// Enumerable: MinBy and MaxBy (.NET 6): the element with the least or greatest key, by
// Comparer<TKey>.Default or a given comparer; the first such element on a tie. As on .NET,
// elements whose key is null are passed over unless every key is null (then the first
// element), and an empty sequence throws for a value type and gives null for a reference type.
using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    public static TSource MinBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
        ExtremeBy(source, keySelector, null, -1);

    public static TSource MinBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) =>
        ExtremeBy(source, keySelector, comparer, -1);

    public static TSource MaxBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
        ExtremeBy(source, keySelector, null, 1);

    public static TSource MaxBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) =>
        ExtremeBy(source, keySelector, comparer, 1);

    // The first element whose key is least (direction -1) or greatest (direction 1).
    private static TSource ExtremeBy<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer,
        int direction)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(keySelector, nameof(keySelector));
        comparer ??= Comparer<TKey>.Default;
        using IEnumerator<TSource> cursor = source.GetEnumerator();
        if (!cursor.MoveNext())
        {
            if (default(TSource) == null)
                return default;
            throw LinqErrors.NoElements();
        }
        TSource best = cursor.Current;
        TKey bestKey = keySelector(best);
        if (bestKey == null)
        {
            TSource first = best;
            do
            {
                if (!cursor.MoveNext())
                    return first;
                best = cursor.Current;
                bestKey = keySelector(best);
            } while (bestKey == null);
        }
        while (cursor.MoveNext())
        {
            TSource candidate = cursor.Current;
            TKey key = keySelector(candidate);
            if (key != null && comparer.Compare(key, bestKey) * direction > 0)
            {
                best = candidate;
                bestKey = key;
            }
        }
        return best;
    }
}
