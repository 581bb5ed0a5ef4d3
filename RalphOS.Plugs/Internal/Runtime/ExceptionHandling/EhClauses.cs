// EhClauses: reads a method's EH clause table (MethodUnwindInfo.EhInfo), innermost clauses
// first as the JIT orders them. Layout: a count, then per clause the try start, the try
// length shifted left by two with the clause kind in the low bits, the handler offset for
// every kind, then a 32-bit self-relative pointer to the caught type (typed) or the filter
// offset (filter). Integers use the native-format variable-length encoding (NativeReader).
using Internal.Runtime.TypeLoader;

namespace Internal.Runtime.ExceptionHandling;

internal unsafe struct EhClauses
{
    // The table has no stored size; clauses are bounded by this many bytes.
    private const uint MaxTableBytes = 1 << 20;

    private readonly byte* _table;
    private readonly NativeReader _reader;
    private uint _offset;
    private uint _remaining;

    public EhClauses(byte* table)
    {
        _table = table;
        _reader = new NativeReader(table, table == null ? 0 : MaxTableBytes);
        _offset = 0;
        _remaining = 0;
        if (table != null)
        {
            _offset = _reader.DecodeUnsigned(0, out uint count);
            _remaining = _offset == NativeReader.Invalid ? 0 : count;
        }
    }

    public uint Count => _remaining;

    // The next clause; false after the last one (or at malformed data).
    public bool Next(out EhClause clause)
    {
        clause = default;
        if (_remaining == 0)
            return false;
        _remaining--;
        uint offset = _reader.DecodeUnsigned(_offset, out clause.TryStart);
        offset = Decode(offset, out uint lengthAndKind);
        clause.Kind = (EhClauseKind)(lengthAndKind & 3);
        clause.TryEnd = clause.TryStart + (lengthAndKind >> 2);
        offset = Decode(offset, out clause.HandlerOffset);
        if (clause.Kind == EhClauseKind.Typed && offset != NativeReader.Invalid)
        {
            clause.CatchType = _table + offset + *(int*)(_table + offset);
            offset += 4;
        }
        else if (clause.Kind == EhClauseKind.Filter)
        {
            offset = Decode(offset, out clause.FilterOffset);
        }
        else if (clause.Kind != EhClauseKind.Fault)
        {
            offset = NativeReader.Invalid;
        }
        if (offset == NativeReader.Invalid)
        {
            _remaining = 0;
            return false;
        }
        _offset = offset;
        return true;
    }

    private uint Decode(uint offset, out uint value)
    {
        value = 0;
        return offset == NativeReader.Invalid ? offset : _reader.DecodeUnsigned(offset, out value);
    }
}
