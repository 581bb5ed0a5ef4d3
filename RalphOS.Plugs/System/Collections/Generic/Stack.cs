// Stack<T>: last in, first out, in an array that doubles when full (capacity 4 at the
// first Push, as .NET). Pop or Peek on an empty stack throws InvalidOperationException as on .NET;
// TryPop and TryPeek report it instead. Enumeration and ToArray go from top to bottom.

namespace System.Collections.Generic;

public class Stack<T> : IEnumerable<T>, IReadOnlyCollection<T>
{
    private const int DefaultCapacity = 4;

    private T[] _array;
    private int _size;
    private int _version;

    public Stack() { _array = Array.Empty<T>(); }

    public Stack(int capacity)
    {
        if (capacity < 0)
            throw CollectionErrors.NegativeNumber("capacity");
        _array = new T[capacity];
    }

    public int Count => _size;

    public void Push(T item)
    {
        if (_size == _array.Length)
            Array.Resize(ref _array, _array.Length == 0 ? DefaultCapacity : 2 * _array.Length);
        _array[_size++] = item;
        _version++;
    }

    public T Pop()
    {
        if (!TryPop(out T item))
            throw CollectionErrors.Empty("Stack");
        return item;
    }

    public bool TryPop(out T item)
    {
        if (_size == 0)
        {
            item = default;
            return false;
        }
        _size--;
        item = _array[_size];
        _array[_size] = default;
        _version++;
        return true;
    }

    public T Peek()
    {
        if (_size == 0)
            throw CollectionErrors.Empty("Stack");
        return _array[_size - 1];
    }

    public bool TryPeek(out T item)
    {
        item = _size == 0 ? default : _array[_size - 1];
        return _size != 0;
    }

    public bool Contains(T item) => Array.IndexOf(_array, item, 0, _size) >= 0;

    public void Clear()
    {
        if (_size > 0)
            Array.Clear(_array, 0, _size);
        _size = 0;
        _version++;
    }

    // Top first.
    public T[] ToArray()
    {
        T[] result = new T[_size];
        for (int i = 0; i < _size; i++)
            result[i] = _array[_size - 1 - i];
        return result;
    }

    public Enumerator GetEnumerator() => new Enumerator(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

    // Top to bottom; changing the stack meanwhile throws InvalidOperationException.
    public struct Enumerator : IEnumerator<T>
    {
        private readonly Stack<T> _stack;
        private readonly int _version;
        private int _index;
        private T _current;

        internal Enumerator(Stack<T> stack)
        {
            _stack = stack;
            _version = stack._version;
            _index = stack._size;
            _current = default;
        }

        public T Current => _current;

        object IEnumerator.Current => _current;

        public bool MoveNext()
        {
            if (_version != _stack._version)
                throw CollectionErrors.StackModifiedDuringEnumeration();
            if (_index <= 0)
            {
                _current = default;
                return false;
            }
            _index--;
            _current = _stack._array[_index];
            return true;
        }

        public void Reset()
        {
            _index = _stack._size;
            _current = default;
        }

        public void Dispose() { }
    }
}
