// List<T>'s searches by predicate and by order, as .NET's: Find/FindLast (default(T) when
// nothing matches), FindIndex/FindLastIndex (-1), FindAll, Exists, TrueForAll, ForEach,
// ConvertAll, and BinarySearch over a sorted list (the match's index, or the bitwise
// complement of where the item would go).
namespace System.Collections.Generic;

public partial class List<T>
{
    public T Find(Predicate<T> match)
    {
        int index = FindIndex(match);
        return index >= 0 ? _items[index] : default;
    }

    public T FindLast(Predicate<T> match)
    {
        int index = FindLastIndex(match);
        return index >= 0 ? _items[index] : default;
    }

    public int FindIndex(Predicate<T> match) => FindIndex(0, _size, match);

    public int FindIndex(int startIndex, Predicate<T> match) => FindIndex(startIndex, _size - startIndex, match);

    public int FindIndex(int startIndex, int count, Predicate<T> match)
    {
        for (int i = startIndex; i < startIndex + count; i++)
        {
            if (match(_items[i]))
                return i;
        }
        return -1;
    }

    public int FindLastIndex(Predicate<T> match)
    {
        for (int i = _size - 1; i >= 0; i--)
        {
            if (match(_items[i]))
                return i;
        }
        return -1;
    }

    public List<T> FindAll(Predicate<T> match)
    {
        var result = new List<T>();
        for (int i = 0; i < _size; i++)
        {
            if (match(_items[i]))
                result.Add(_items[i]);
        }
        return result;
    }

    public bool Exists(Predicate<T> match) => FindIndex(match) >= 0;

    public bool TrueForAll(Predicate<T> match)
    {
        for (int i = 0; i < _size; i++)
        {
            if (!match(_items[i]))
                return false;
        }
        return true;
    }

    public void ForEach(Action<T> action)
    {
        int version = _version;
        for (int i = 0; i < _size && version == _version; i++)
            action(_items[i]);
        if (version != _version)
            throw CollectionErrors.ModifiedDuringEnumeration();
    }

    public List<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter)
    {
        var result = new List<TOutput>(_size);
        for (int i = 0; i < _size; i++)
            result.Add(converter(_items[i]));
        return result;
    }

    public int BinarySearch(T item) => BinarySearch(0, _size, item, null);

    public int BinarySearch(T item, IComparer<T> comparer) => BinarySearch(0, _size, item, comparer);

    public int BinarySearch(int index, int count, T item, IComparer<T> comparer)
    {
        IComparer<T> order = comparer ?? Comparer<T>.Default;
        int low = index;
        int high = index + count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            int comparison = order.Compare(_items[middle], item);
            if (comparison == 0)
                return middle;
            if (comparison < 0)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return ~low;
    }

    public int IndexOf(T item, int index) => Array.IndexOf(_items, item, index, _size - index);

    public int IndexOf(T item, int index, int count) => Array.IndexOf(_items, item, index, count);
}
