// Enumerable: the operators that answer a question about a sequence at once: Any, All,
// Contains, Count, LongCount, SequenceEqual. Any and All stop at the first element that
// decides; Count and Contains use a collection's own Count and Contains when it has them.
using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    public static bool Any<TSource>(this IEnumerable<TSource> source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        if (source is ICollection<TSource> collection)
            return collection.Count != 0;
        using IEnumerator<TSource> cursor = source.GetEnumerator();
        return cursor.MoveNext();
    }

    public static bool Any<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(predicate, nameof(predicate));
        foreach (TSource element in source)
        {
            if (predicate(element))
                return true;
        }
        return false;
    }

    public static bool All<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(predicate, nameof(predicate));
        foreach (TSource element in source)
        {
            if (!predicate(element))
                return false;
        }
        return true;
    }

    public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        if (source is ICollection<TSource> collection)
            return collection.Contains(value);
        return Contains(source, value, null);
    }

    public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value, IEqualityComparer<TSource> comparer)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        EqualityComparer<TSource> equality = EqualityComparer<TSource>.FromInterface(comparer);
        foreach (TSource element in source)
        {
            if (equality.Equals(element, value))
                return true;
        }
        return false;
    }

    public static int Count<TSource>(this IEnumerable<TSource> source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        if (source is ICollection<TSource> collection)
            return collection.Count;
        int count = 0;
        using IEnumerator<TSource> cursor = source.GetEnumerator();
        while (cursor.MoveNext())
            count = checked(count + 1);
        return count;
    }

    public static int Count<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(predicate, nameof(predicate));
        int count = 0;
        foreach (TSource element in source)
        {
            if (predicate(element))
                count = checked(count + 1);
        }
        return count;
    }

    public static long LongCount<TSource>(this IEnumerable<TSource> source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        long count = 0;
        using IEnumerator<TSource> cursor = source.GetEnumerator();
        while (cursor.MoveNext())
            count++;
        return count;
    }

    public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
    {
        LinqErrors.CheckNotNull(first, nameof(first));
        LinqErrors.CheckNotNull(second, nameof(second));
        EqualityComparer<TSource> equality = EqualityComparer<TSource>.Default;
        using IEnumerator<TSource> left = first.GetEnumerator();
        using IEnumerator<TSource> right = second.GetEnumerator();
        while (left.MoveNext())
        {
            if (!right.MoveNext() || !equality.Equals(left.Current, right.Current))
                return false;
        }
        return !right.MoveNext();
    }
}
