// HashSet<T>'s set algebra, as .NET's: IntersectWith, ExceptWith, SymmetricExceptWith
// (UnionWith is in HashSet.cs), the comparisons IsSubsetOf, IsSupersetOf, IsProperSubsetOf,
// IsProperSupersetOf, Overlaps, SetEquals, and RemoveWhere. `other` may hold duplicates;
// it is read through a HashSet.
namespace System.Collections.Generic;

public partial class HashSet<T>
{
    public void IntersectWith(IEnumerable<T> other)
    {
        HashSet<T> keep = ToSet(other);
        RemoveWhere(item => !keep.Contains(item));
    }

    public void ExceptWith(IEnumerable<T> other)
    {
        foreach (T item in ToSet(other))
            Remove(item);
    }

    public void SymmetricExceptWith(IEnumerable<T> other)
    {
        foreach (T item in ToSet(other))
        {
            if (!Remove(item))
                Add(item);
        }
    }

    public int RemoveWhere(Predicate<T> match)
    {
        var doomed = new List<T>();
        foreach (T item in this)
        {
            if (match(item))
                doomed.Add(item);
        }
        for (int i = 0; i < doomed.Count; i++)
            Remove(doomed[i]);
        return doomed.Count;
    }

    public bool IsSubsetOf(IEnumerable<T> other) => ContainedIn(ToSet(other));

    public bool IsProperSubsetOf(IEnumerable<T> other)
    {
        HashSet<T> set = ToSet(other);
        return set.Count > Count && ContainedIn(set);
    }

    public bool IsSupersetOf(IEnumerable<T> other)
    {
        foreach (T item in ToSet(other))
        {
            if (!Contains(item))
                return false;
        }
        return true;
    }

    public bool IsProperSupersetOf(IEnumerable<T> other)
    {
        HashSet<T> set = ToSet(other);
        return Count > set.Count && set.ContainedIn(this);
    }

    public bool Overlaps(IEnumerable<T> other)
    {
        foreach (T item in ToSet(other))
        {
            if (Contains(item))
                return true;
        }
        return false;
    }

    public bool SetEquals(IEnumerable<T> other)
    {
        HashSet<T> set = ToSet(other);
        return set.Count == Count && ContainedIn(set);
    }

    private bool ContainedIn(HashSet<T> set)
    {
        foreach (T item in this)
        {
            if (!set.Contains(item))
                return false;
        }
        return true;
    }

    private HashSet<T> ToSet(IEnumerable<T> other) => other as HashSet<T> ?? new HashSet<T>(other);
}
