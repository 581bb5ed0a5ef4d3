// Enumerable: OrderBy, OrderByDescending, Order, OrderDescending (by the element itself,
// .NET 7), ThenBy, ThenByDescending. The sort is stable, as
// .NET's: elements whose keys all tie keep their source order. Deferred: the source is read,
// and each key selector called once per element, when the result is enumerated
// (OrderedEnumerable.cs).
using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
        OrderBy(source, keySelector, null);

    public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
        IComparer<TKey> comparer) => NewOrdering(source, keySelector, comparer, false);

    public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
        OrderByDescending(source, keySelector, null);

    public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
        IComparer<TKey> comparer) => NewOrdering(source, keySelector, comparer, true);

    public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source) => Order(source, null);

    public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source, IComparer<T> comparer) =>
        NewOrdering(source, Identity, comparer, false);

    public static IOrderedEnumerable<T> OrderDescending<T>(this IEnumerable<T> source) => OrderDescending(source, null);

    public static IOrderedEnumerable<T> OrderDescending<T>(this IEnumerable<T> source, IComparer<T> comparer) =>
        NewOrdering(source, Identity, comparer, true);

    public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
        ThenBy(source, keySelector, null);

    public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector,
        IComparer<TKey> comparer)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(keySelector, nameof(keySelector));
        return source.CreateOrderedEnumerable(keySelector, comparer, false);
    }

    public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
        ThenByDescending(source, keySelector, null);

    public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source,
        Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(keySelector, nameof(keySelector));
        return source.CreateOrderedEnumerable(keySelector, comparer, true);
    }

    private static IOrderedEnumerable<TSource> NewOrdering<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
        IComparer<TKey> comparer, bool descending)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(keySelector, nameof(keySelector));
        return new OrderedEnumerable<TSource>(source, new SortKey<TSource>[] { new SortKey<TSource, TKey>(keySelector, comparer, descending) });
    }
}
