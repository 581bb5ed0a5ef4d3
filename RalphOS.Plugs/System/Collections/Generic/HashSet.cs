// HashSet<T>: a set of distinct values, kept as the keys of a Dictionary<T, bool> (so it
// shares the dictionary's hashing, insertion-order enumeration and free-list reuse, which
// matches .NET's HashSet layout). Elements compare with EqualityComparer<T>.Default or the
// comparer given to the constructor. Null elements are not supported (a panic).
namespace System.Collections.Generic;

public partial class HashSet<T> : IEnumerable<T>, IReadOnlyCollection<T>
{
    private readonly Dictionary<T, bool> _items;

    public HashSet() { _items = new Dictionary<T, bool>(); }

    public HashSet(IEqualityComparer<T> comparer) { _items = new Dictionary<T, bool>(0, comparer); }

    public HashSet(int capacity) { _items = new Dictionary<T, bool>(capacity); }

    public HashSet(IEnumerable<T> collection) : this()
    {
        if (collection is null)
            throw new ArgumentNullException("collection");
        if (collection is HashSet<T> set)
        {
            UnionWith(set);
            return;
        }
        if (collection is List<T> list)
        {
            for (int i = 0; i < list.Count; i++)
                Add(list[i]);
            return;
        }
        if (collection is T[] array)
        {
            for (int i = 0; i < array.Length; i++)
                Add(array[i]);
            return;
        }
        foreach (T item in collection)
            Add(item);
    }

    public int Count => _items.Count;

    // True when item was not yet in the set.
    public bool Add(T item) => _items.TryAdd(item, true);

    public bool Remove(T item) => _items.Remove(item);

    public bool Contains(T item) => _items.ContainsKey(item);

    public void Clear() => _items.Clear();

    public void UnionWith(IEnumerable<T> other)
    {
        if (other is HashSet<T> set)
        {
            foreach (T item in set)
                Add(item);
            return;
        }
        foreach (T item in other)
            Add(item);
    }

    public void CopyTo(T[] array) => _items.Keys.CopyTo(array, 0);

    public Enumerator GetEnumerator() => new Enumerator(_items.Keys.GetEnumerator());

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<T>
    {
        private Dictionary<T, bool>.KeyCollection.Enumerator _keys;

        internal Enumerator(Dictionary<T, bool>.KeyCollection.Enumerator keys) { _keys = keys; }

        public T Current => _keys.Current;

        object IEnumerator.Current => _keys.Current;

        public bool MoveNext() => _keys.MoveNext();

        public void Reset() => _keys.Reset();

        public void Dispose() { }
    }
}
