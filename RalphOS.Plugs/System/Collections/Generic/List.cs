// List<T>: a growable array. Capacity starts at 4 on the first Add and doubles when full,
// as .NET. Misuse (an index out of range, changing the list during foreach) throws as on .NET
// (CollectionErrors).
// Element equality (Contains, IndexOf, Remove) uses EqualityComparer<T>.Default; Sort()
// uses Comparer<T>.Default. Enumeration is a struct (List.Enumerator.cs) so foreach does not
// allocate. Used by kernel code and the shared BASIC and network code.

namespace System.Collections.Generic;

public partial class List<T> : IList<T>, IReadOnlyList<T>
{
    private const int DefaultCapacity = 4;

    private T[] _items;
    private int _size;
    private int _version;

    public List() { _items = Array.Empty<T>(); }

    public List(int capacity)
    {
        if (capacity < 0)
            throw CollectionErrors.NegativeNumber("capacity");
        _items = capacity == 0 ? Array.Empty<T>() : new T[capacity];
    }

    public List(IEnumerable<T> collection) : this()
    {
        AddRange(collection);
    }

    public int Count => _size;

    bool ICollection<T>.IsReadOnly => false;

    public int Capacity
    {
        get => _items.Length;
        set
        {
            if (value < _size)
                throw CollectionErrors.CapacityBelowCount();
            if (value == _items.Length)
                return;
            T[] items = value == 0 ? Array.Empty<T>() : new T[value];
            if (_size > 0)
                Array.Copy(_items, 0, items, 0, _size);
            _items = items;
        }
    }

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_size)
                throw CollectionErrors.IndexOutOfRange();
            return _items[index];
        }
        set
        {
            if ((uint)index >= (uint)_size)
                throw CollectionErrors.IndexOutOfRange();
            _items[index] = value;
            _version++;
        }
    }

    public void Add(T item)
    {
        if (_size == _items.Length)
            Grow(_size + 1);
        _items[_size++] = item;
        _version++;
    }

    // Arrays and lists are copied directly; any other sequence is enumerated.
    public void AddRange(IEnumerable<T> collection)
    {
        if (collection == null)
            throw new ArgumentNullException(nameof(collection));
        if (collection is List<T> list)
        {
            InsertSpan(_size, list._items, list._size);
            return;
        }
        if (collection is T[] array)
        {
            InsertSpan(_size, array, array.Length);
            return;
        }
        foreach (T item in collection)
            Add(item);
    }

    public void Insert(int index, T item)
    {
        if ((uint)index > (uint)_size)
            throw CollectionErrors.InsertIndexOutOfRange();
        if (_size == _items.Length)
            Grow(_size + 1);
        if (index < _size)
            Array.Copy(_items, index, _items, index + 1, _size - index);
        _items[index] = item;
        _size++;
        _version++;
    }

    public void RemoveAt(int index)
    {
        if ((uint)index >= (uint)_size)
            throw CollectionErrors.IndexOutOfRange();
        _size--;
        if (index < _size)
            Array.Copy(_items, index + 1, _items, index, _size - index);
        _items[_size] = default;
        _version++;
    }

    public void RemoveRange(int index, int count)
    {
        CollectionErrors.CheckRange(index, count, _size);
        if (count == 0)
            return;
        _size -= count;
        if (index < _size)
            Array.Copy(_items, index + count, _items, index, _size - index);
        Array.Clear(_items, _size, count);
        _version++;
    }

    public bool Remove(T item)
    {
        int index = IndexOf(item);
        if (index < 0)
            return false;
        RemoveAt(index);
        return true;
    }

    public void Clear()
    {
        if (_size > 0)
            Array.Clear(_items, 0, _size);
        _size = 0;
        _version++;
    }

    public bool Contains(T item) => IndexOf(item) >= 0;

    public int IndexOf(T item) => Array.IndexOf(_items, item, 0, _size);

    public int LastIndexOf(T item)
    {
        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = _size - 1; i >= 0; i--)
        {
            if (comparer.Equals(_items[i], item))
                return i;
        }
        return -1;
    }

    public void CopyTo(T[] array, int arrayIndex) => Array.Copy(_items, 0, array, arrayIndex, _size);

    public void CopyTo(T[] array) => CopyTo(array, 0);

    public T[] ToArray()
    {
        if (_size == 0)
            return Array.Empty<T>();
        T[] result = new T[_size];
        Array.Copy(_items, 0, result, 0, _size);
        return result;
    }

    public void Reverse()
    {
        Array.Reverse(_items, 0, _size);
        _version++;
    }

    // Introsort (not stable), as .NET.
    public void Sort()
    {
        ArraySortHelper<T>.Sort(_items, 0, _size, Comparer<T>.Default);
        _version++;
    }

    public void Sort(IComparer<T> comparer)
    {
        ArraySortHelper<T>.Sort(_items, 0, _size, Comparer<T>.FromInterface(comparer));
        _version++;
    }

    public void Sort(Comparison<T> comparison)
    {
        if (comparison == null)
            throw new ArgumentNullException(nameof(comparison));
        ArraySortHelper<T>.Sort(_items, 0, _size, comparison);
        _version++;
    }

    public Enumerator GetEnumerator() => new Enumerator(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

    // Copies count items of source into this list at index.
    private void InsertSpan(int index, T[] source, int count)
    {
        if (count == 0)
            return;
        if ((object)source == _items)
        {
            // AddRange of a list to itself: copy first, the shift below would move the source.
            T[] copy = new T[count];
            Array.Copy(source, 0, copy, 0, count);
            source = copy;
        }
        if (_items.Length - _size < count)
            Grow(_size + count);
        if (index < _size)
            Array.Copy(_items, index, _items, index + count, _size - index);
        Array.Copy(source, 0, _items, index, count);
        _size += count;
        _version++;
    }

    private void Grow(int needed)
    {
        int capacity = _items.Length == 0 ? DefaultCapacity : 2 * _items.Length;
        if ((uint)capacity > ArrayMaxLength)
            capacity = ArrayMaxLength;
        if (capacity < needed)
            capacity = needed;
        Capacity = capacity;
    }

    // The largest array .NET allows (Array.MaxLength).
    private const int ArrayMaxLength = 0x7FFFFFC7;
}
