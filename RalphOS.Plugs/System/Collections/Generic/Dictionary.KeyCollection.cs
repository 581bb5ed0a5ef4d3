// Dictionary<TKey, TValue>.KeyCollection: the live view dict.Keys returns (no copy):
// its Count and enumeration always reflect the dictionary, in entry order.

namespace System.Collections.Generic;

public partial class Dictionary<TKey, TValue>
{
    public sealed class KeyCollection : IReadOnlyCollection<TKey>
    {
        private readonly Dictionary<TKey, TValue> _dictionary;

        internal KeyCollection(Dictionary<TKey, TValue> dictionary) { _dictionary = dictionary; }

        public int Count => _dictionary.Count;

        public void CopyTo(TKey[] array, int index)
        {
            if (array == null || index < 0 || array.Length - index < _dictionary.Count)
                throw CollectionErrors.DestinationTooSmall();
            foreach (TKey key in this)
                array[index++] = key;
        }

        public Enumerator GetEnumerator() => new Enumerator(_dictionary);

        IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() => new Enumerator(_dictionary);

        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(_dictionary);

        public struct Enumerator : IEnumerator<TKey>
        {
            private readonly Dictionary<TKey, TValue> _dictionary;
            private readonly int _version;
            private int _index;
            private TKey _current;

            internal Enumerator(Dictionary<TKey, TValue> dictionary)
            {
                _dictionary = dictionary;
                _version = dictionary._version;
                _index = 0;
                _current = default;
            }

            public TKey Current => _current;

            object IEnumerator.Current => _current;

            public bool MoveNext()
            {
                int index = _dictionary.NextLiveEntry(ref _index, _version);
                _current = index < 0 ? default : _dictionary._entries[index].Key;
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
