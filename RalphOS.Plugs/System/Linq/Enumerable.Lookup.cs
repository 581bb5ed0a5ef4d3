// Enumerable: ToLookup (immediate: reads the source once and builds a Lookup), Join and
// GroupJoin (deferred: when enumerated, the inner sequence is read into a Lookup by key, then
// each outer element is matched against it in outer order, as on .NET). Join skips null keys,
// as .NET's does; GroupJoin gives an outer element with a null key an empty group.
using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
        ToLookup(source, keySelector, Identity, null);

    public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
        IEqualityComparer<TKey> comparer) => ToLookup(source, keySelector, Identity, comparer);

    public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
        Func<TSource, TElement> elementSelector) => ToLookup(source, keySelector, elementSelector, null);

    public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
        Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(keySelector, nameof(keySelector));
        LinqErrors.CheckNotNull(elementSelector, nameof(elementSelector));
        return Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, comparer);
    }

    public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
        Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector) =>
        Join(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);

    public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
        Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector,
        IEqualityComparer<TKey> comparer)
    {
        CheckJoinArguments(outer, inner, outerKeySelector, innerKeySelector, resultSelector);
        return JoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
    }

    public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
        Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector) =>
        GroupJoin(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);

    public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
        Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector,
        IEqualityComparer<TKey> comparer)
    {
        CheckJoinArguments(outer, inner, outerKeySelector, innerKeySelector, resultSelector);
        return GroupJoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
    }

    private static void CheckJoinArguments(object outer, object inner, object outerKeySelector, object innerKeySelector, object resultSelector)
    {
        LinqErrors.CheckNotNull(outer, nameof(outer));
        LinqErrors.CheckNotNull(inner, nameof(inner));
        LinqErrors.CheckNotNull(outerKeySelector, nameof(outerKeySelector));
        LinqErrors.CheckNotNull(innerKeySelector, nameof(innerKeySelector));
        LinqErrors.CheckNotNull(resultSelector, nameof(resultSelector));
    }

    private static IEnumerable<TResult> JoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
        Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector,
        IEqualityComparer<TKey> comparer)
    {
        Lookup<TKey, TInner> lookup = Lookup<TKey, TInner>.Create(inner, innerKeySelector, Identity, comparer);
        foreach (TOuter item in outer)
        {
            TKey key = outerKeySelector(item);
            Grouping<TKey, TInner> matches = key == null ? null : lookup.Find(key);
            if (matches == null)
                continue;
            foreach (TInner match in matches)
                yield return resultSelector(item, match);
        }
    }

    private static IEnumerable<TResult> GroupJoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
        Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector,
        IEqualityComparer<TKey> comparer)
    {
        Lookup<TKey, TInner> lookup = Lookup<TKey, TInner>.Create(inner, innerKeySelector, Identity, comparer);
        foreach (TOuter item in outer)
        {
            TKey key = outerKeySelector(item);
            Grouping<TKey, TInner> matches = key == null ? null : lookup.Find(key);
            yield return resultSelector(item, matches ?? (IEnumerable<TInner>)Array.Empty<TInner>());
        }
    }
}
