// Dictionary<TKey, TValue>.Enumerator: the struct foreach over a dictionary uses. It walks
// the entries array in order, skipping free entries, and yields KeyValuePairs. Adding keys
// during enumeration throws InvalidOperationException; overwriting values, removing keys and
// clearing (which ends the enumeration) are allowed, as in .NET.
namespace System.Collections.Generic;

public partial class Dictionary<TKey, TValue>
{
    public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
    {
        private readonly Dictionary<TKey, TValue> _dictionary;
        private readonly int _version;
        private int _index;
        private KeyValuePair<TKey, TValue> _current;

        internal Enumerator(Dictionary<TKey, TValue> dictionary)
        {
            _dictionary = dictionary;
            _version = dictionary._version;
            _index = 0;
            _current = default;
        }

        public KeyValuePair<TKey, TValue> Current => _current;

        object IEnumerator.Current => _current;

        public bool MoveNext()
        {
            int index = _dictionary.NextLiveEntry(ref _index, _version);
            if (index < 0)
            {
                _current = default;
                return false;
            }
            ref Entry entry = ref _dictionary._entries[index];
            _current = new KeyValuePair<TKey, TValue>(entry.Key, entry.Value);
            return true;
        }

        public void Reset()
        {
            _index = 0;
            _current = default;
        }

        public void Dispose() { }
    }

    // The index of the next entry in use at or after cursor (advancing cursor past it), or
    // -1 at the end. Shared by the three enumerators.
    private int NextLiveEntry(ref int cursor, int version)
    {
        if (version != _version)
            throw CollectionErrors.ModifiedDuringEnumeration();
        while ((uint)cursor < (uint)_count)
        {
            int index = cursor++;
            if (_entries[index].Next >= EndOfChain)
                return index;
        }
        cursor = _count + 1;
        return -1;
    }
}
