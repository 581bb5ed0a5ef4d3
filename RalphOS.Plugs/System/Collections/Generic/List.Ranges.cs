// List<T>'s operations on ranges, as .NET's: GetRange (a copy), InsertRange, RemoveAll
// (keeps order, returns how many went), TrimExcess, EnsureCapacity, Slice.
namespace System.Collections.Generic;

public partial class List<T>
{
    // .NET trims only when less than 90% of the capacity is used.
    private const int TrimThresholdPercent = 90;

    public List<T> GetRange(int index, int count)
    {
        CollectionErrors.CheckRange(index, count, _size);
        var result = new List<T>(count);
        Array.Copy(_items, index, result._items, 0, count);
        result._size = count;
        return result;
    }

    public List<T> Slice(int start, int length) => GetRange(start, length);

    public void InsertRange(int index, IEnumerable<T> collection)
    {
        if (index < 0 || index > _size)
            throw CollectionErrors.InsertIndexOutOfRange();
        // Copied first, so inserting a list into itself reads the original elements.
        var items = new List<T>();
        items.AddRange(collection);
        for (int i = 0; i < items._size; i++)
            Insert(index + i, items._items[i]);
    }

    public int RemoveAll(Predicate<T> match)
    {
        int kept = 0;
        for (int i = 0; i < _size; i++)
        {
            if (!match(_items[i]))
                _items[kept++] = _items[i];
        }
        int removed = _size - kept;
        if (removed > 0)
        {
            Array.Clear(_items, kept, removed);
            _size = kept;
            _version++;
        }
        return removed;
    }

    public void TrimExcess()
    {
        if (_size * 100 < _items.Length * TrimThresholdPercent)
            Capacity = _size;
    }

    public int EnsureCapacity(int capacity)
    {
        if (_items.Length < capacity)
        {
            int grown = _items.Length == 0 ? DefaultCapacity : _items.Length * 2;
            Capacity = grown < capacity ? capacity : grown;
        }
        return _items.Length;
    }
}
