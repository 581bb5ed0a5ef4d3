// Enumerable: GroupBy. Deferred: when enumerated it reads the whole source and yields one
// group per distinct key, groups in the order their keys first appear and each group's
// elements in source order, as on .NET. A null key is a key like any other.
using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
        GroupBy(source, keySelector, (IEqualityComparer<TKey>)null);

    public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
        IEqualityComparer<TKey> comparer)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(keySelector, nameof(keySelector));
        return GroupByIterator(source, keySelector, Identity, comparer);
    }

    public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source,
        Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(keySelector, nameof(keySelector));
        LinqErrors.CheckNotNull(elementSelector, nameof(elementSelector));
        return GroupByIterator(source, keySelector, elementSelector, null);
    }

    public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
        Func<TKey, IEnumerable<TSource>, TResult> resultSelector)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(keySelector, nameof(keySelector));
        LinqErrors.CheckNotNull(resultSelector, nameof(resultSelector));
        return GroupResultIterator(GroupByIterator(source, keySelector, Identity, null), resultSelector);
    }

    // No lambdas inside iterator methods: ILC 10 fails to compile a lambda nested in a
    // generic iterator of the system module (KeyNotFoundException in its analysis of
    // compiler-generated code), so the identity is a method group.
    private static T Identity<T>(T element) => element;

    private static IEnumerable<TResult> GroupResultIterator<TKey, TSource, TResult>(IEnumerable<IGrouping<TKey, TSource>> groups,
        Func<TKey, IEnumerable<TSource>, TResult> resultSelector)
    {
        foreach (IGrouping<TKey, TSource> group in groups)
            yield return resultSelector(group.Key, group);
    }

    private static IEnumerable<IGrouping<TKey, TElement>> GroupByIterator<TSource, TKey, TElement>(IEnumerable<TSource> source,
        Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
    {
        var byKey = new Dictionary<TKey, Grouping<TKey, TElement>>(0, comparer);
        var inOrder = new List<Grouping<TKey, TElement>>();
        Grouping<TKey, TElement> nullKeyGroup = null;
        foreach (TSource element in source)
        {
            TKey key = keySelector(element);
            Grouping<TKey, TElement> group;
            if (key == null)
                group = nullKeyGroup ??= AddGroup(inOrder, key);
            else if (!byKey.TryGetValue(key, out group))
                byKey.Add(key, group = AddGroup(inOrder, key));
            group.Add(elementSelector(element));
        }
        foreach (Grouping<TKey, TElement> group in inOrder)
            yield return group;
    }

    private static Grouping<TKey, TElement> AddGroup<TKey, TElement>(List<Grouping<TKey, TElement>> groups, TKey key)
    {
        var group = new Grouping<TKey, TElement>(key);
        groups.Add(group);
        return group;
    }
}
