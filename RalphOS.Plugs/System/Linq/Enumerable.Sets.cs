// Enumerable: Distinct, Union, Intersect and Except, deferred, each yielding elements in
// the order they first appear, compared by EqualityComparer<T>.Default or a given comparer.
// A set of seen elements remembers what was yielded; null is an element like any other (it
// is tracked apart, as our HashSet refuses null).
using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    public static IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source) => Distinct(source, null);

    public static IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        return DistinctIterator(source, comparer);
    }

    public static IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
    {
        LinqErrors.CheckNotNull(first, nameof(first));
        LinqErrors.CheckNotNull(second, nameof(second));
        return DistinctIterator(ConcatIterator(first, second), null);
    }

    public static IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
    {
        LinqErrors.CheckNotNull(first, nameof(first));
        LinqErrors.CheckNotNull(second, nameof(second));
        return FilterBySetIterator(first, second, true);
    }

    public static IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
    {
        LinqErrors.CheckNotNull(first, nameof(first));
        LinqErrors.CheckNotNull(second, nameof(second));
        return FilterBySetIterator(first, second, false);
    }

    private static IEnumerable<TSource> DistinctIterator<TSource>(IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
    {
        var seen = new SeenSet<TSource>(comparer);
        foreach (TSource element in source)
        {
            if (seen.Add(element))
                yield return element;
        }
    }

    // Elements of first that are (keep = true) or are not (keep = false) in second, each once.
    private static IEnumerable<TSource> FilterBySetIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second, bool keep)
    {
        var other = new SeenSet<TSource>(null);
        foreach (TSource element in second)
            other.Add(element);
        var yielded = new SeenSet<TSource>(null);
        foreach (TSource element in first)
        {
            if (other.Contains(element) == keep && yielded.Add(element))
                yield return element;
        }
    }

    // A HashSet that also holds null.
    private sealed class SeenSet<T>
    {
        private readonly HashSet<T> _set;
        private bool _hasNull;

        public SeenSet(IEqualityComparer<T> comparer) { _set = new HashSet<T>(comparer); }

        public bool Add(T item)
        {
            if (item != null)
                return _set.Add(item);
            if (_hasNull)
                return false;
            _hasNull = true;
            return true;
        }

        public bool Contains(T item) => item == null ? _hasNull : _set.Contains(item);
    }
}
