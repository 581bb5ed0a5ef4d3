// Enumerable: the operators that run a query at once into a collection: ToList, ToArray,
// ToDictionary, ToHashSet, and AsEnumerable. ToDictionary throws as Dictionary.Add does: a
// null key is ArgumentNullException, a duplicate key ArgumentException.
using System.Collections.Generic;

namespace System.Linq;

public static partial class Enumerable
{
    public static List<TSource> ToList<TSource>(this IEnumerable<TSource> source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        return new List<TSource>(source);
    }

    public static TSource[] ToArray<TSource>(this IEnumerable<TSource> source)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        if (source is ICollection<TSource> collection)
        {
            var array = new TSource[collection.Count];
            collection.CopyTo(array, 0);
            return array;
        }
        return new List<TSource>(source).ToArray();
    }

    public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
        ToDictionary(source, keySelector, null);

    public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
        IEqualityComparer<TKey> comparer)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(keySelector, nameof(keySelector));
        var dictionary = new Dictionary<TKey, TSource>(0, comparer);
        foreach (TSource element in source)
            dictionary.Add(keySelector(element), element);
        return dictionary;
    }

    public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source,
        Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector) => ToDictionary(source, keySelector, elementSelector, null);

    public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source,
        Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        LinqErrors.CheckNotNull(keySelector, nameof(keySelector));
        LinqErrors.CheckNotNull(elementSelector, nameof(elementSelector));
        var dictionary = new Dictionary<TKey, TElement>(0, comparer);
        foreach (TSource element in source)
            dictionary.Add(keySelector(element), elementSelector(element));
        return dictionary;
    }

    public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source) => ToHashSet(source, null);

    public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
    {
        LinqErrors.CheckNotNull(source, nameof(source));
        var set = new HashSet<TSource>(comparer);
        foreach (TSource element in source)
            set.Add(element);
        return set;
    }

    public static IEnumerable<TSource> AsEnumerable<TSource>(this IEnumerable<TSource> source) => source;
}
