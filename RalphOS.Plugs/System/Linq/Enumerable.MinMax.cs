// Enumerable: Min and Max of ints, longs, doubles, and of any T by Comparer<T>.Default. An
// empty sequence of a value type throws "Sequence contains no elements"; for a reference
// (or nullable) type it gives null, and null elements are skipped, as on .NET. Doubles follow
// .NET: Min is NaN as soon as any element is NaN; Max ignores NaN unless every element is.
using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    public static int Min(this IEnumerable<int> source) => Extreme(source, -1);

    public static int Max(this IEnumerable<int> source) => Extreme(source, 1);

    public static long Min(this IEnumerable<long> source) => Extreme(source, -1);

    public static long Max(this IEnumerable<long> source) => Extreme(source, 1);

    public static double Min(this IEnumerable<double> source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        using IEnumerator<double> cursor = source.GetEnumerator();
        if (!cursor.MoveNext())
            throw LinqErrors.NoElements();
        double min = cursor.Current;
        while (!double.IsNaN(min) && cursor.MoveNext())
        {
            double value = cursor.Current;
            if (value < min || double.IsNaN(value))
                min = value;
        }
        return min;
    }

    public static double Max(this IEnumerable<double> source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        using IEnumerator<double> cursor = source.GetEnumerator();
        if (!cursor.MoveNext())
            throw LinqErrors.NoElements();
        double max = cursor.Current;
        while (double.IsNaN(max))
        {
            if (!cursor.MoveNext())
                return max;
            max = cursor.Current;
        }
        while (cursor.MoveNext())
        {
            if (cursor.Current > max)
                max = cursor.Current;
        }
        return max;
    }

    public static TSource Min<TSource>(this IEnumerable<TSource> source) => Extreme(source, -1);

    public static TSource Max<TSource>(this IEnumerable<TSource> source) => Extreme(source, 1);

    public static int Min<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) => Min(Select(source, selector));

    public static int Max<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) => Max(Select(source, selector));

    public static long Min<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) => Min(Select(source, selector));

    public static long Max<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) => Max(Select(source, selector));

    public static double Min<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) => Min(Select(source, selector));

    public static double Max<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) => Max(Select(source, selector));

    public static TResult Min<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector) =>
        Min(Select(source, selector));

    public static TResult Max<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector) =>
        Max(Select(source, selector));

    // The least (direction -1) or greatest (direction 1) element by Comparer<T>.Default.
    private static T Extreme<T>(IEnumerable<T> source, int direction)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        Comparer<T> comparer = Comparer<T>.Default;
        bool nullable = default(T) == null;
        bool found = false;
        T best = default;
        foreach (T value in source)
        {
            if (nullable && value == null)
                continue;
            if (!found || comparer.Compare(value, best) * direction > 0)
                best = value;
            found = true;
        }
        if (!found && !nullable)
            throw LinqErrors.NoElements();
        return best;
    }
}
