// Queue<T>: first in, first out, in a circular array that doubles when full (capacity 4
// at the first Enqueue, as .NET's growth gives). Dequeue or Peek on an empty queue is
// misuse and throws InvalidOperationException as on .NET; TryDequeue and TryPeek report it instead.

namespace System.Collections.Generic;

public class Queue<T> : IEnumerable<T>, IReadOnlyCollection<T>
{
    private const int MinimumGrow = 4;

    private T[] _array;
    private int _head;
    private int _size;
    private int _version;

    public Queue() { _array = Array.Empty<T>(); }

    public Queue(int capacity)
    {
        if (capacity < 0)
            throw CollectionErrors.NegativeNumber("capacity");
        _array = new T[capacity];
    }

    public int Count => _size;

    public void Enqueue(T item)
    {
        if (_size == _array.Length)
            Grow();
        _array[(_head + _size) % _array.Length] = item;
        _size++;
        _version++;
    }

    public T Dequeue()
    {
        if (!TryDequeue(out T item))
            throw CollectionErrors.Empty("Queue");
        return item;
    }

    public bool TryDequeue(out T item)
    {
        if (_size == 0)
        {
            item = default;
            return false;
        }
        item = _array[_head];
        _array[_head] = default;
        _head = (_head + 1) % _array.Length;
        _size--;
        _version++;
        return true;
    }

    public T Peek()
    {
        if (_size == 0)
            throw CollectionErrors.Empty("Queue");
        return _array[_head];
    }

    public bool TryPeek(out T item)
    {
        item = _size == 0 ? default : _array[_head];
        return _size != 0;
    }

    public bool Contains(T item)
    {
        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < _size; i++)
        {
            if (comparer.Equals(_array[(_head + i) % _array.Length], item))
                return true;
        }
        return false;
    }

    public void Clear()
    {
        if (_array.Length > 0)
            Array.Clear(_array);
        _head = 0;
        _size = 0;
        _version++;
    }

    // Oldest first.
    public T[] ToArray()
    {
        T[] result = new T[_size];
        for (int i = 0; i < _size; i++)
            result[i] = _array[(_head + i) % _array.Length];
        return result;
    }

    public Enumerator GetEnumerator() => new Enumerator(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

    private void Grow()
    {
        int capacity = 2 * _array.Length;
        if (capacity < _array.Length + MinimumGrow)
            capacity = _array.Length + MinimumGrow;
        T[] array = ToArray();
        Array.Resize(ref array, capacity);
        _array = array;
        _head = 0;
    }

    // Oldest to newest; changing the queue meanwhile throws InvalidOperationException.
    public struct Enumerator : IEnumerator<T>
    {
        private readonly Queue<T> _queue;
        private readonly int _version;
        private int _index;
        private T _current;

        internal Enumerator(Queue<T> queue)
        {
            _queue = queue;
            _version = queue._version;
            _index = 0;
            _current = default;
        }

        public T Current => _current;

        object IEnumerator.Current => _current;

        public bool MoveNext()
        {
            if (_version != _queue._version)
                throw CollectionErrors.ModifiedDuringEnumeration();
            if (_index >= _queue._size)
            {
                _current = default;
                return false;
            }
            _current = _queue._array[(_queue._head + _index) % _queue._array.Length];
            _index++;
            return true;
        }

        public void Reset()
        {
            _index = 0;
            _current = default;
        }

        public void Dispose() { }
    }
}
