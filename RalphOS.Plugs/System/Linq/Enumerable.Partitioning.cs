// Enumerable: Take, Skip, TakeWhile, SkipWhile, Concat, Reverse, and the sources Empty,
// Range and Repeat. All are deferred: nothing is read from the source until the result is
// enumerated, and Take stops reading once it has its count (so it can end an infinite
// iterator). A count of zero or less takes nothing (Take) or skips nothing (Skip).
using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    public static IEnumerable<TSource> Take<TSource>(this IEnumerable<TSource> source, int count)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        return count <= 0 ? Empty<TSource>() : TakeIterator(source, count);
    }

    public static IEnumerable<TSource> Skip<TSource>(this IEnumerable<TSource> source, int count)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        return SkipIterator(source, count);
    }

    public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(predicate, nameof(predicate));
        return TakeWhileIterator(source, predicate);
    }

    public static IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(predicate, nameof(predicate));
        return SkipWhileIterator(source, predicate);
    }

    public static IEnumerable<TSource> Concat<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
    {
        LinqErrors.CheckNotNull(first, nameof(first));
        LinqErrors.CheckNotNull(second, nameof(second));
        return ConcatIterator(first, second);
    }

    // Reads the whole source when the first element is asked for.
    public static IEnumerable<TSource> Reverse<TSource>(this IEnumerable<TSource> source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        return ReverseIterator(source);
    }

    public static IEnumerable<TResult> Empty<TResult>() => Array.Empty<TResult>();

    public static IEnumerable<int> Range(int start, int count)
    {
        if (count < 0 || (long)start + count - 1 > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(count));
        return RangeIterator(start, count);
    }

    public static IEnumerable<TResult> Repeat<TResult>(TResult element, int count)
    {
        if (count < 0)
            throw new ArgumentOutOfRangeException(nameof(count));
        return RepeatIterator(element, count);
    }

    private static IEnumerable<TSource> TakeIterator<TSource>(IEnumerable<TSource> source, int count)
    {
        foreach (TSource element in source)
        {
            yield return element;
            if (--count == 0)
                yield break;
        }
    }

    private static IEnumerable<TSource> SkipIterator<TSource>(IEnumerable<TSource> source, int count)
    {
        using IEnumerator<TSource> cursor = source.GetEnumerator();
        while (count > 0 && cursor.MoveNext())
            count--;
        if (count > 0)
            yield break;
        while (cursor.MoveNext())
            yield return cursor.Current;
    }

    private static IEnumerable<TSource> TakeWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        foreach (TSource element in source)
        {
            if (!predicate(element))
                yield break;
            yield return element;
        }
    }

    private static IEnumerable<TSource> SkipWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        bool yielding = false;
        foreach (TSource element in source)
        {
            if (!yielding && !predicate(element))
                yielding = true;
            if (yielding)
                yield return element;
        }
    }

    private static IEnumerable<TSource> ConcatIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second)
    {
        foreach (TSource element in first)
            yield return element;
        foreach (TSource element in second)
            yield return element;
    }

    private static IEnumerable<TSource> ReverseIterator<TSource>(IEnumerable<TSource> source)
    {
        TSource[] buffer = source.ToArray();
        for (int i = buffer.Length - 1; i >= 0; i--)
            yield return buffer[i];
    }

    private static IEnumerable<int> RangeIterator(int start, int count)
    {
        for (int i = 0; i < count; i++)
            yield return start + i;
    }

    private static IEnumerable<TResult> RepeatIterator<TResult>(TResult element, int count)
    {
        for (int i = 0; i < count; i++)
            yield return element;
    }
}
