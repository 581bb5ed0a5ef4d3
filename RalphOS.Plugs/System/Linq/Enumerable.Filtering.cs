// Enumerable: Where, Select, SelectMany, OfType and Cast, as deferred `yield return`
// iterators. Each public operator checks its arguments at once (as .NET does, so a null
// throws where the query is written, not where it is enumerated) and hands the work to a
// private iterator that runs only when the result is enumerated.
using System.Collections;
using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(predicate, nameof(predicate));
        return WhereIterator(source, predicate);
    }

    public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(predicate, nameof(predicate));
        return WhereIndexedIterator(source, predicate);
    }

    public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(selector, nameof(selector));
        return SelectIterator(source, selector);
    }

    public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(selector, nameof(selector));
        return SelectIndexedIterator(source, selector);
    }

    public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(selector, nameof(selector));
        return SelectManyIterator(source, selector);
    }

    public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source,
        Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(collectionSelector, nameof(collectionSelector));
        LinqErrors.CheckNotNull(resultSelector, nameof(resultSelector));
        return SelectManyIterator(source, collectionSelector, resultSelector);
    }

    public static IEnumerable<TResult> OfType<TResult>(this IEnumerable source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        return OfTypeIterator<TResult>(source);
    }

    // An element of another type throws InvalidCastException when it is reached.
    public static IEnumerable<TResult> Cast<TResult>(this IEnumerable source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        if (source is IEnumerable<TResult> typed)
            return typed;
        return CastIterator<TResult>(source);
    }

    private static IEnumerable<TSource> WhereIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
    {
        foreach (TSource element in source)
        {
            if (predicate(element))
                yield return element;
        }
    }

    private static IEnumerable<TSource> WhereIndexedIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
    {
        int index = -1;
        foreach (TSource element in source)
        {
            index = checked(index + 1);
            if (predicate(element, index))
                yield return element;
        }
    }

    private static IEnumerable<TResult> SelectIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector)
    {
        foreach (TSource element in source)
            yield return selector(element);
    }

    private static IEnumerable<TResult> SelectIndexedIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
    {
        int index = -1;
        foreach (TSource element in source)
        {
            index = checked(index + 1);
            yield return selector(element, index);
        }
    }

    private static IEnumerable<TResult> SelectManyIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
    {
        foreach (TSource element in source)
        {
            foreach (TResult inner in selector(element))
                yield return inner;
        }
    }

    private static IEnumerable<TResult> SelectManyIterator<TSource, TCollection, TResult>(IEnumerable<TSource> source,
        Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
    {
        foreach (TSource element in source)
        {
            foreach (TCollection inner in collectionSelector(element))
                yield return resultSelector(element, inner);
        }
    }

    private static IEnumerable<TResult> OfTypeIterator<TResult>(IEnumerable source)
    {
        foreach (object element in source)
        {
            if (element is TResult typed)
                yield return typed;
        }
    }

    private static IEnumerable<TResult> CastIterator<TResult>(IEnumerable source)
    {
        foreach (object element in source)
            yield return (TResult)element;
    }
}
