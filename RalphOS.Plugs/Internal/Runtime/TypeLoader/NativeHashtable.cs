// NativeHashtable: ILC's hashtable layout. A header byte (bucket count shift << 2 | width of
// the bucket offsets: 0 = 1 byte, 1 = 2, 2 = 4), then bucket-count + 1 offsets from just
// after the header, then per bucket its entries sorted by the low byte of their hash: that
// byte and a relative offset to the entry's data. Lookups here walk every entry: the
// runtime keeps what it found in caches, so the hash codes (computed by ILC from type
// names) are never needed.
namespace Internal.Runtime.TypeLoader;

internal unsafe struct NativeHashtable
{
    private readonly NativeReader _reader;
    private readonly uint _bucketsBase;
    private readonly uint _bucketCount;
    private readonly uint _offsetWidth;
    private readonly bool _failed;

    public NativeHashtable(NativeReader reader, uint offset)
    {
        _reader = reader;
        _bucketsBase = offset + 1;
        byte header = reader.ReadByte(offset);
        int shift = header >> 2;
        int width = header & 3;
        _failed = !reader.Contains(offset, 1) || width > 2 || shift > 24;
        _bucketCount = _failed ? 0 : 1u << shift;
        _offsetWidth = _failed ? 1 : 1u << width;
    }

    public bool Failed => _failed;

    public Enumerator EnumerateAll() => new Enumerator(this);

    // Walks all entries: `Next` gives a parser positioned at each entry's data in turn.
    public struct Enumerator
    {
        private readonly NativeHashtable _table;
        private uint _bucket;
        private NativeParser _cursor;
        private uint _bucketEnd;

        public Enumerator(NativeHashtable table)
        {
            _table = table;
            _bucket = 0;
            _cursor = default;
            _bucketEnd = 0;
            Failed = table._failed;
            if (table._bucketCount > 0)
                OpenBucket(0);
        }

        public bool Failed { get; private set; }

        public bool Next(out NativeParser entry)
        {
            entry = default;
            while (!Failed && _table._bucketCount > 0)
            {
                if (_cursor.Offset < _bucketEnd)
                {
                    _cursor.GetByte(); // low byte of the entry's hash
                    entry = _cursor.ParserAtRelativeOffset();
                    if (_cursor.Failed || entry.Failed)
                        Failed = true;
                    return !Failed;
                }
                if (++_bucket >= _table._bucketCount)
                    return false;
                OpenBucket(_bucket);
            }
            return false;
        }

        private void OpenBucket(uint bucket)
        {
            NativeReader reader = _table._reader;
            uint width = _table._offsetWidth;
            uint at = _table._bucketsBase + bucket * width;
            if (!reader.Contains(at, 2 * width))
            {
                Failed = true;
                return;
            }
            uint start = reader.ReadFixed(at, width);
            _bucketEnd = _table._bucketsBase + reader.ReadFixed(at + width, width);
            _cursor = new NativeParser(reader, _table._bucketsBase + start);
            if (_bucketEnd > reader.Size)
                Failed = true;
        }
    }
}
