// NativeReader: a bounds-checked view of one of the compact tables ILC writes for the
// runtime in its "native format" (the format is described in dotnet/runtime
// src/coreclr/tools/Common/Internal/NativeFormat). Integers are variable-length; the low
// bits of the first byte give the length:
//   xxxxxxx0  1 byte, 7 bits      xxxxx011  3 bytes, 21 bits     00001111  5 bytes: the
//   xxxxxx01  2 bytes, 14 bits    xxxx0111  4 bytes, 28 bits     4-byte value follows
// Signed integers have the same lengths, sign-extended from the top bit of the value.
// Nothing here allocates or panics: a read past the end gives Invalid, so the code is
// testable on the host and the caller decides what a bad table means.
namespace Internal.Runtime.TypeLoader;

internal readonly unsafe struct NativeReader
{
    // The offset reads return when the data runs past the end of the table.
    public const uint Invalid = uint.MaxValue;

    private readonly byte* _start;
    private readonly uint _size;

    public NativeReader(byte* start, uint size)
    {
        _start = start;
        _size = size;
    }

    public uint Size => _size;

    public bool Contains(uint offset, uint length) => offset < _size && length <= _size - offset;

    public byte ReadByte(uint offset) => Contains(offset, 1) ? _start[offset] : (byte)0;

    // Little-endian fixed-width reads (the bucket table of a hashtable).
    public uint ReadFixed(uint offset, uint width)
    {
        if (!Contains(offset, width))
            return 0;
        uint value = 0;
        for (uint i = 0; i < width; i++)
            value |= (uint)_start[offset + i] << (int)(8 * i);
        return value;
    }

    // Decodes the unsigned integer at `offset`; returns the offset after it, or Invalid.
    public uint DecodeUnsigned(uint offset, out uint value)
    {
        value = 0;
        if (!Contains(offset, 1))
            return Invalid;
        byte* p = _start + offset;
        uint first = p[0];
        uint length = EncodedLength(first);
        if (length == 0 || !Contains(offset, length))
            return Invalid;
        value = length switch
        {
            1 => first >> 1,
            2 => (first >> 2) | ((uint)p[1] << 6),
            3 => (first >> 3) | ((uint)p[1] << 5) | ((uint)p[2] << 13),
            4 => (first >> 4) | ((uint)p[1] << 4) | ((uint)p[2] << 12) | ((uint)p[3] << 20),
            _ => p[1] | ((uint)p[2] << 8) | ((uint)p[3] << 16) | ((uint)p[4] << 24),
        };
        return offset + length;
    }

    public uint DecodeSigned(uint offset, out int value)
    {
        uint next = DecodeUnsigned(offset, out uint raw);
        if (next == Invalid)
        {
            value = 0;
            return Invalid;
        }
        uint length = next - offset;
        int bits = length == 5 ? 32 : 7 * (int)length;
        value = bits == 32 ? (int)raw : (int)(raw << (32 - bits)) >> (32 - bits);
        return next;
    }

    // 0 for a first byte that starts no valid encoding (xxx11111).
    private static uint EncodedLength(uint first)
    {
        if ((first & 1) == 0)
            return 1;
        if ((first & 2) == 0)
            return 2;
        if ((first & 4) == 0)
            return 3;
        if ((first & 8) == 0)
            return 4;
        return (first & 16) == 0 ? 5u : 0u;
    }
}
