// Dictionary<TKey, TValue>: a hash table with open hashing, laid out as .NET's: a buckets
// array (per bucket, 1 + the index of the chain's first entry, 0 when empty) and an entries
// array (hash, next entry in the chain, key, value). Entries are appended in insertion
// order, so enumeration follows insertion order until something is removed; removed
// entries form a free list that the next insertions reuse, newest freed first (as .NET).
// Sizes are primes; the table doubles when the entries array is full.
// Keys compare with EqualityComparer<TKey>.Default (or a comparer given to the
// constructor). Misuse throws as .NET: a null key ArgumentNullException, a missing key in the
// indexer KeyNotFoundException, a duplicate Add ArgumentException, with .NET's messages.
using Internal.Runtime;

namespace System.Collections.Generic;

public partial class Dictionary<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>, IReadOnlyCollection<KeyValuePair<TKey, TValue>>
{
    // Entry.Next values: -1 ends a chain; free entries hold FreeListStart - (next free index),
    // so they are always below -1 and enumeration can skip them.
    private const int EndOfChain = -1;
    private const int FreeListStart = -3;

    private struct Entry
    {
        public uint HashCode;
        public int Next;
        public TKey Key;
        public TValue Value;
    }

    private enum InsertionBehavior
    {
        FailOnExisting,
        OverwriteExisting,
        KeepExisting,
    }

    private int[] _buckets;
    private Entry[] _entries;
    private int _count;
    private int _freeList = -1;
    private int _freeCount;
    private int _version;
    private EqualityComparer<TKey> _comparer;
    private KeyCollection _keys;
    private ValueCollection _values;

    // The constructors without a comparer never mention the comparer adapter, so code that
    // uses only them needs no interface dispatch (see EqualityComparer.FromInterface).
    public Dictionary() : this(0) { }

    public Dictionary(int capacity)
    {
        if (capacity < 0)
            throw CollectionErrors.NegativeNumber("capacity");
        _comparer = EqualityComparer<TKey>.Default;
        if (capacity > 0)
            Initialize(capacity);
    }

    public Dictionary(IEqualityComparer<TKey> comparer) : this(0, comparer) { }

    public Dictionary(int capacity, IEqualityComparer<TKey> comparer) : this(capacity)
    {
        _comparer = EqualityComparer<TKey>.FromInterface(comparer);
    }

    public int Count => _count - _freeCount;

    public KeyCollection Keys => _keys ??= new KeyCollection(this);

    public ValueCollection Values => _values ??= new ValueCollection(this);

    public TValue this[TKey key]
    {
        get
        {
            int index = FindEntry(key);
            if (index < 0)
                throw new KeyNotFoundException($"The given key '{key}' was not present in the dictionary.");
            return _entries[index].Value;
        }
        set => TryInsert(key, value, InsertionBehavior.OverwriteExisting);
    }

    public void Add(TKey key, TValue value)
    {
        if (!TryInsert(key, value, InsertionBehavior.FailOnExisting))
            throw new ArgumentException($"An item with the same key has already been added. Key: {key}");
    }

    public bool TryAdd(TKey key, TValue value) => TryInsert(key, value, InsertionBehavior.KeepExisting);

    public bool TryGetValue(TKey key, out TValue value)
    {
        int index = FindEntry(key);
        value = index >= 0 ? _entries[index].Value : default;
        return index >= 0;
    }

    public bool ContainsKey(TKey key) => FindEntry(key) >= 0;

    // .NET's CollectionExtensions.GetValueOrDefault, here as members.
    public TValue GetValueOrDefault(TKey key) => GetValueOrDefault(key, default);

    public TValue GetValueOrDefault(TKey key, TValue defaultValue) => TryGetValue(key, out TValue value) ? value : defaultValue;

    public bool ContainsValue(TValue value)
    {
        EqualityComparer<TValue> comparer = EqualityComparer<TValue>.Default;
        for (int i = 0; i < _count; i++)
        {
            if (_entries[i].Next >= EndOfChain && comparer.Equals(_entries[i].Value, value))
                return true;
        }
        return false;
    }

    public bool Remove(TKey key) => Remove(key, out _);

    public bool Remove(TKey key, out TValue value)
    {
        CheckKey(key);
        value = default;
        if (_buckets == null)
            return false;
        uint hashCode = (uint)_comparer.GetHashCode(key);
        ref int bucket = ref _buckets[hashCode % (uint)_buckets.Length];
        int previous = -1;
        for (int i = bucket - 1; i >= 0; previous = i, i = _entries[i].Next)
        {
            ref Entry entry = ref _entries[i];
            if (entry.HashCode != hashCode || !_comparer.Equals(entry.Key, key))
                continue;
            if (previous < 0)
                bucket = entry.Next + 1;
            else
                _entries[previous].Next = entry.Next;
            value = entry.Value;
            entry.Next = FreeListStart - _freeList;
            entry.Key = default;
            entry.Value = default;
            _freeList = i;
            _freeCount++;
            // No version change: removing during foreach is allowed (.NET Core 3.0 and later).
            return true;
        }
        return false;
    }

    public void Clear()
    {
        if (_count == 0)
            return;
        Array.Clear(_buckets);
        Array.Clear(_entries, 0, _count);
        _count = 0;
        _freeList = -1;
        _freeCount = 0;
        // No version change, as .NET: a foreach over a cleared dictionary just ends.
    }

    public Enumerator GetEnumerator() => new Enumerator(this);

    IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => new Enumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

    // The index of key's entry, or -1.
    private int FindEntry(TKey key)
    {
        CheckKey(key);
        if (_buckets == null)
            return -1;
        uint hashCode = (uint)_comparer.GetHashCode(key);
        for (int i = _buckets[hashCode % (uint)_buckets.Length] - 1; i >= 0; i = _entries[i].Next)
        {
            if (_entries[i].HashCode == hashCode && _comparer.Equals(_entries[i].Key, key))
                return i;
        }
        return -1;
    }

    // False when the key exists and behavior is not OverwriteExisting.
    private bool TryInsert(TKey key, TValue value, InsertionBehavior behavior)
    {
        CheckKey(key);
        if (_buckets == null)
            Initialize(0);
        uint hashCode = (uint)_comparer.GetHashCode(key);
        for (int i = _buckets[hashCode % (uint)_buckets.Length] - 1; i >= 0; i = _entries[i].Next)
        {
            if (_entries[i].HashCode != hashCode || !_comparer.Equals(_entries[i].Key, key))
                continue;
            if (behavior != InsertionBehavior.OverwriteExisting)
                return false;
            // No version change: overwriting during foreach is allowed, as in .NET.
            _entries[i].Value = value;
            return true;
        }
        int index;
        if (_freeCount > 0)
        {
            index = _freeList;
            _freeList = FreeListStart - _entries[index].Next;
            _freeCount--;
        }
        else
        {
            if (_count == _entries.Length)
                Resize(HashPrimes.Expand(_count));
            index = _count++;
        }
        ref int bucket = ref _buckets[hashCode % (uint)_buckets.Length];
        ref Entry entry = ref _entries[index];
        entry.HashCode = hashCode;
        entry.Next = bucket - 1;
        entry.Key = key;
        entry.Value = value;
        bucket = index + 1;
        _version++;
        return true;
    }

    private void Initialize(int capacity)
    {
        int size = HashPrimes.AtLeast(capacity);
        _buckets = new int[size];
        _entries = new Entry[size];
        _freeList = -1;
    }

    // Grows to newSize and rebuilds every chain (only called with no free entries).
    private void Resize(int newSize)
    {
        Entry[] entries = new Entry[newSize];
        Array.Copy(_entries, 0, entries, 0, _count);
        _buckets = new int[newSize];
        for (int i = 0; i < _count; i++)
        {
            ref int bucket = ref _buckets[entries[i].HashCode % (uint)newSize];
            entries[i].Next = bucket - 1;
            bucket = i + 1;
        }
        _entries = entries;
    }

    private static void CheckKey(TKey key)
    {
        if (key == null)
            throw new ArgumentNullException(nameof(key));
    }
}
