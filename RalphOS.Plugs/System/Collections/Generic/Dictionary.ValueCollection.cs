// Dictionary<TKey, TValue>.ValueCollection: the live view dict.Values returns (no copy):
// its Count and enumeration always reflect the dictionary, in entry order.

namespace System.Collections.Generic;

public partial class Dictionary<TKey, TValue>
{
    public sealed class ValueCollection : IReadOnlyCollection<TValue>
    {
        private readonly Dictionary<TKey, TValue> _dictionary;

        internal ValueCollection(Dictionary<TKey, TValue> dictionary) { _dictionary = dictionary; }

        public int Count => _dictionary.Count;

        public void CopyTo(TValue[] array, int index)
        {
            if (array == null || index < 0 || array.Length - index < _dictionary.Count)
                throw CollectionErrors.DestinationTooSmall();
            foreach (TValue value in this)
                array[index++] = value;
        }

        public Enumerator GetEnumerator() => new Enumerator(_dictionary);

        IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() => new Enumerator(_dictionary);

        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(_dictionary);

        public struct Enumerator : IEnumerator<TValue>
        {
            private readonly Dictionary<TKey, TValue> _dictionary;
            private readonly int _version;
            private int _index;
            private TValue _current;

            internal Enumerator(Dictionary<TKey, TValue> dictionary)
            {
                _dictionary = dictionary;
                _version = dictionary._version;
                _index = 0;
                _current = default;
            }

            public TValue Current => _current;

            object IEnumerator.Current => _current;

            public bool MoveNext()
            {
                int index = _dictionary.NextLiveEntry(ref _index, _version);
                _current = index < 0 ? default : _dictionary._entries[index].Value;
                return index >= 0;
            }

            public void Reset()
            {
                _index = 0;
                _current = default;
            }

            public void Dispose() { }
        }
    }
}
