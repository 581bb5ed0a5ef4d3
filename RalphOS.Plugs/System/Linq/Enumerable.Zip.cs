// Enumerable: Zip (pairs the elements of two or three sequences by position, stopping at the
// end of the shortest, as on .NET) and Chunk (splits a sequence into arrays of a given size,
// the last one possibly shorter). Both deferred.
using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    public static IEnumerable<TResult> Zip<TFirst, TSecond, TResult>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second,
        Func<TFirst, TSecond, TResult> resultSelector)
    {
        LinqErrors.CheckNotNull(first, nameof(first));
        LinqErrors.CheckNotNull(second, nameof(second));
        LinqErrors.CheckNotNull(resultSelector, nameof(resultSelector));
        return ZipIterator(first, second, resultSelector);
    }

    public static IEnumerable<(TFirst First, TSecond Second)> Zip<TFirst, TSecond>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second)
    {
        LinqErrors.CheckNotNull(first, nameof(first));
        LinqErrors.CheckNotNull(second, nameof(second));
        return ZipIterator(first, second, MakePair);
    }

    public static IEnumerable<(TFirst First, TSecond Second, TThird Third)> Zip<TFirst, TSecond, TThird>(this IEnumerable<TFirst> first,
        IEnumerable<TSecond> second, IEnumerable<TThird> third)
    {
        LinqErrors.CheckNotNull(first, nameof(first));
        LinqErrors.CheckNotNull(second, nameof(second));
        LinqErrors.CheckNotNull(third, nameof(third));
        return ZipThreeIterator(first, second, third);
    }

    public static IEnumerable<TSource[]> Chunk<TSource>(this IEnumerable<TSource> source, int size)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        if (size < 1)
            throw new ArgumentOutOfRangeException(nameof(size), size, $"{nameof(size)} ('{size}') must be a non-negative and non-zero value.");
        return ChunkIterator(source, size);
    }

    // A method group, not a lambda: see Identity in Enumerable.Grouping.cs.
    private static (TFirst First, TSecond Second) MakePair<TFirst, TSecond>(TFirst first, TSecond second) => (first, second);

    private static IEnumerable<TResult> ZipIterator<TFirst, TSecond, TResult>(IEnumerable<TFirst> first, IEnumerable<TSecond> second,
        Func<TFirst, TSecond, TResult> resultSelector)
    {
        using IEnumerator<TFirst> firstCursor = first.GetEnumerator();
        using IEnumerator<TSecond> secondCursor = second.GetEnumerator();
        while (firstCursor.MoveNext() && secondCursor.MoveNext())
            yield return resultSelector(firstCursor.Current, secondCursor.Current);
    }

    private static IEnumerable<(TFirst First, TSecond Second, TThird Third)> ZipThreeIterator<TFirst, TSecond, TThird>(IEnumerable<TFirst> first,
        IEnumerable<TSecond> second, IEnumerable<TThird> third)
    {
        using IEnumerator<TFirst> firstCursor = first.GetEnumerator();
        using IEnumerator<TSecond> secondCursor = second.GetEnumerator();
        using IEnumerator<TThird> thirdCursor = third.GetEnumerator();
        while (firstCursor.MoveNext() && secondCursor.MoveNext() && thirdCursor.MoveNext())
            yield return (firstCursor.Current, secondCursor.Current, thirdCursor.Current);
    }

    private static IEnumerable<TSource[]> ChunkIterator<TSource>(IEnumerable<TSource> source, int size)
    {
        var chunk = new List<TSource>(size);
        foreach (TSource element in source)
        {
            chunk.Add(element);
            if (chunk.Count == size)
            {
                yield return chunk.ToArray();
                chunk.Clear();
            }
        }
        if (chunk.Count > 0)
            yield return chunk.ToArray();
    }
}
