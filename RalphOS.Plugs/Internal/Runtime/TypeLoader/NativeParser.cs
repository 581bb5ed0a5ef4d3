// NativeParser: a cursor over a NativeReader that reads one value after another. A read
// that runs off the table marks the parser Failed (sticky) and yields 0, so a caller can
// parse a whole record and check once.
namespace Internal.Runtime.TypeLoader;

internal unsafe struct NativeParser
{
    private readonly NativeReader _reader;
    private uint _offset;
    private bool _failed;

    public NativeParser(NativeReader reader, uint offset)
    {
        _reader = reader;
        _offset = offset;
        _failed = offset >= reader.Size;
    }

    public NativeReader Reader => _reader;
    public uint Offset => _offset;
    public bool Failed => _failed;

    public byte GetByte()
    {
        if (_failed || !_reader.Contains(_offset, 1))
            return Fail();
        return _reader.ReadByte(_offset++);
    }

    public uint GetUnsigned()
    {
        if (_failed)
            return 0;
        uint next = _reader.DecodeUnsigned(_offset, out uint value);
        if (next == NativeReader.Invalid)
            return Fail();
        _offset = next;
        return value;
    }

    public int GetSigned()
    {
        if (_failed)
            return 0;
        uint next = _reader.DecodeSigned(_offset, out int value);
        if (next == NativeReader.Invalid)
            return Fail();
        _offset = next;
        return value;
    }

    // A signed distance stored at the current position, counted from that position.
    public uint GetRelativeOffset()
    {
        uint position = _offset;
        int delta = GetSigned();
        return _failed ? 0 : (uint)(position + delta);
    }

    public NativeParser ParserAtRelativeOffset()
    {
        uint target = GetRelativeOffset();
        NativeParser parser = new NativeParser(_reader, target);
        parser._failed |= _failed;
        return parser;
    }

    private byte Fail()
    {
        _failed = true;
        return 0;
    }
}
