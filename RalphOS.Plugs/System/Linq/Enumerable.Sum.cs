// Enumerable: Sum, Average and Aggregate. Sums of int and long are checked (an overflow
// throws OverflowException, as on .NET); Average of an empty sequence throws "Sequence
// contains no elements"; Sum of an empty sequence is 0. Average of ints and longs adds in a
// long and divides as double.
using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    public static int Sum(this IEnumerable<int> source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        int sum = 0;
        foreach (int value in source)
            sum = checked(sum + value);
        return sum;
    }

    public static long Sum(this IEnumerable<long> source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        long sum = 0;
        foreach (long value in source)
            sum = checked(sum + value);
        return sum;
    }

    public static double Sum(this IEnumerable<double> source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        double sum = 0;
        foreach (double value in source)
            sum += value;
        return sum;
    }

    public static int Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) => Sum(Select(source, selector));

    public static long Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) => Sum(Select(source, selector));

    public static double Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) => Sum(Select(source, selector));

    public static double Average(this IEnumerable<int> source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        long sum = 0;
        long count = 0;
        foreach (int value in source)
        {
            sum = checked(sum + value);
            count++;
        }
        if (count == 0)
            throw LinqErrors.NoElements();
        return (double)sum / count;
    }

    public static double Average(this IEnumerable<long> source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        long sum = 0;
        long count = 0;
        foreach (long value in source)
        {
            sum = checked(sum + value);
            count++;
        }
        if (count == 0)
            throw LinqErrors.NoElements();
        return (double)sum / count;
    }

    public static double Average(this IEnumerable<double> source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        double sum = 0;
        long count = 0;
        foreach (double value in source)
        {
            sum += value;
            count++;
        }
        if (count == 0)
            throw LinqErrors.NoElements();
        return sum / count;
    }

    public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) => Average(Select(source, selector));

    public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) => Average(Select(source, selector));

    public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) => Average(Select(source, selector));

    public static TSource Aggregate<TSource>(this IEnumerable<TSource> source, Func<TSource, TSource, TSource> func)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(func, nameof(func));
        using IEnumerator<TSource> cursor = source.GetEnumerator();
        if (!cursor.MoveNext())
            throw LinqErrors.NoElements();
        TSource result = cursor.Current;
        while (cursor.MoveNext())
            result = func(result, cursor.Current);
        return result;
    }

    public static TAccumulate Aggregate<TSource, TAccumulate>(this IEnumerable<TSource> source, TAccumulate seed,
        Func<TAccumulate, TSource, TAccumulate> func)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(func, nameof(func));
        TAccumulate result = seed;
        foreach (TSource element in source)
            result = func(result, element);
        return result;
    }
}
