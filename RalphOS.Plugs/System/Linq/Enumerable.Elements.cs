// Enumerable: the operators that pick one element: First, FirstOrDefault, Last,
// LastOrDefault, Single, SingleOrDefault, ElementAt, ElementAtOrDefault. They run at once.
// With no element (or no match) the plain forms throw InvalidOperationException ("Sequence
// contains no elements" / "no matching element"), the OrDefault forms return default; Single
// also throws when there is more than one. Lists and arrays are indexed, not walked.
using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    public static TSource First<TSource>(this IEnumerable<TSource> source)
    {
        if (!TryGetFirst(source, out TSource first))
            throw LinqErrors.NoElements();
        return first;
    }

    public static TSource First<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        if (!TryGetFirst(source, predicate, out TSource first))
            throw LinqErrors.NoMatch();
        return first;
    }

    public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source)
    {
        TryGetFirst(source, out TSource first);
        return first;
    }

    public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        TryGetFirst(source, predicate, out TSource first);
        return first;
    }

    public static TSource Last<TSource>(this IEnumerable<TSource> source)
    {
        if (!TryGetLast(source, null, out TSource last))
            throw LinqErrors.NoElements();
        return last;
    }

    public static TSource Last<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        LinqErrors.CheckNotNull(predicate, nameof(predicate));
        if (!TryGetLast(source, predicate, out TSource last))
            throw LinqErrors.NoMatch();
        return last;
    }

    public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source)
    {
        TryGetLast(source, null, out TSource last);
        return last;
    }

    public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        LinqErrors.CheckNotNull(predicate, nameof(predicate));
        TryGetLast(source, predicate, out TSource last);
        return last;
    }

    public static TSource Single<TSource>(this IEnumerable<TSource> source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        using IEnumerator<TSource> cursor = source.GetEnumerator();
        if (!cursor.MoveNext())
            throw LinqErrors.NoElements();
        TSource single = cursor.Current;
        if (cursor.MoveNext())
            throw LinqErrors.MoreThanOneElement();
        return single;
    }

    public static TSource Single<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        if (!TryGetSingle(source, predicate, out TSource single))
            throw LinqErrors.NoMatch();
        return single;
    }

    // Empty gives default; more than one element still throws, as on .NET.
    public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        using IEnumerator<TSource> cursor = source.GetEnumerator();
        if (!cursor.MoveNext())
            return default;
        TSource single = cursor.Current;
        if (cursor.MoveNext())
            throw LinqErrors.MoreThanOneElement();
        return single;
    }

    public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        TryGetSingle(source, predicate, out TSource single);
        return single;
    }

    public static TSource ElementAt<TSource>(this IEnumerable<TSource> source, int index)
    {
        if (!TryGetElementAt(source, index, out TSource element))
            throw LinqErrors.IndexOutOfRange();
        return element;
    }

    public static TSource ElementAtOrDefault<TSource>(this IEnumerable<TSource> source, int index)
    {
        TryGetElementAt(source, index, out TSource element);
        return element;
    }

    private static bool TryGetFirst<TSource>(IEnumerable<TSource> source, out TSource first)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        if (source is IList<TSource> list)
        {
            first = list.Count > 0 ? list[0] : default;
            return list.Count > 0;
        }
        using IEnumerator<TSource> cursor = source.GetEnumerator();
        bool found = cursor.MoveNext();
        first = found ? cursor.Current : default;
        return found;
    }

    private static bool TryGetFirst<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out TSource first)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(predicate, nameof(predicate));
        foreach (TSource element in source)
        {
            if (predicate(element))
            {
                first = element;
                return true;
            }
        }
        first = default;
        return false;
    }

    // A null predicate means every element matches.
    private static bool TryGetLast<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out TSource last)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        if (source is IList<TSource> list)
        {
            for (int i = list.Count - 1; i >= 0; i--)
            {
                TSource element = list[i];
                if (predicate == null || predicate(element))
                {
                    last = element;
                    return true;
                }
            }
            last = default;
            return false;
        }
        bool found = false;
        last = default;
        foreach (TSource element in source)
        {
            if (predicate == null || predicate(element))
            {
                last = element;
                found = true;
            }
        }
        return found;
    }

    private static bool TryGetSingle<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out TSource single)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(predicate, nameof(predicate));
        bool found = false;
        single = default;
        foreach (TSource element in source)
        {
            if (!predicate(element))
                continue;
            if (found)
                throw LinqErrors.MoreThanOneMatch();
            single = element;
            found = true;
        }
        return found;
    }

    private static bool TryGetElementAt<TSource>(IEnumerable<TSource> source, int index, out TSource element)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        element = default;
        if (index < 0)
            return false;
        if (source is IList<TSource> list)
        {
            if (index >= list.Count)
                return false;
            element = list[index];
            return true;
        }
        foreach (TSource candidate in source)
        {
            if (index-- == 0)
            {
                element = candidate;
                return true;
            }
        }
        return false;
    }
}
