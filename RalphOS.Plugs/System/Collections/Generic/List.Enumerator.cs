// List<T>.Enumerator: the struct foreach over a List<T> uses (no allocation). Changing the
// list while enumerating it throws InvalidOperationException, as on .NET.
namespace System.Collections.Generic;

public partial class List<T>
{
    public struct Enumerator : IEnumerator<T>
    {
        private readonly List<T> _list;
        private readonly int _version;
        private int _index;
        private T _current;

        internal Enumerator(List<T> list)
        {
            _list = list;
            _version = list._version;
            _index = 0;
            _current = default;
        }

        public T Current => _current;

        object IEnumerator.Current => _current;

        public bool MoveNext()
        {
            if (_version != _list._version)
                throw CollectionErrors.ModifiedDuringEnumeration();
            if ((uint)_index < (uint)_list._size)
            {
                _current = _list._items[_index];
                _index++;
                return true;
            }
            _index = _list._size + 1;
            _current = default;
            return false;
        }

        public void Reset()
        {
            _index = 0;
            _current = default;
        }

        public void Dispose() { }
    }
}
