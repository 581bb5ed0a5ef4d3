// BinaryPrimitives: integers to and from bytes in a fixed byte order, as network protocols
// (big-endian, RFC 1700 "network byte order") and disk formats (often little-endian) need.
// As in .NET, reads and writes check the span length: the Read*/Write* forms panic on a
// short span (.NET throws), the TryRead*/TryWrite* forms return false instead, so code that
// handles bytes from the network should use those.
using Internal.Runtime;

namespace System.Buffers.Binary;

public static class BinaryPrimitives
{
    public static ushort ReverseEndianness(ushort value) => (ushort)((value >> 8) | (value << 8));

    public static uint ReverseEndianness(uint value) =>
        (value >> 24) | ((value >> 8) & 0x0000FF00u) | ((value << 8) & 0x00FF0000u) | (value << 24);

    public static ulong ReverseEndianness(ulong value) =>
        ((ulong)ReverseEndianness((uint)value) << 32) | ReverseEndianness((uint)(value >> 32));

    public static short ReverseEndianness(short value) => (short)ReverseEndianness((ushort)value);
    public static int ReverseEndianness(int value) => (int)ReverseEndianness((uint)value);
    public static long ReverseEndianness(long value) => (long)ReverseEndianness((ulong)value);
    public static byte ReverseEndianness(byte value) => value;

    public static ushort ReadUInt16BigEndian(ReadOnlySpan<byte> source) => (ushort)ReadBigEndian(source, sizeof(ushort));
    public static uint ReadUInt32BigEndian(ReadOnlySpan<byte> source) => (uint)ReadBigEndian(source, sizeof(uint));
    public static ulong ReadUInt64BigEndian(ReadOnlySpan<byte> source) => ReadBigEndian(source, sizeof(ulong));
    public static short ReadInt16BigEndian(ReadOnlySpan<byte> source) => (short)ReadBigEndian(source, sizeof(short));
    public static int ReadInt32BigEndian(ReadOnlySpan<byte> source) => (int)ReadBigEndian(source, sizeof(int));
    public static long ReadInt64BigEndian(ReadOnlySpan<byte> source) => (long)ReadBigEndian(source, sizeof(long));

    public static ushort ReadUInt16LittleEndian(ReadOnlySpan<byte> source) => (ushort)ReadLittleEndian(source, sizeof(ushort));
    public static uint ReadUInt32LittleEndian(ReadOnlySpan<byte> source) => (uint)ReadLittleEndian(source, sizeof(uint));
    public static ulong ReadUInt64LittleEndian(ReadOnlySpan<byte> source) => ReadLittleEndian(source, sizeof(ulong));
    public static short ReadInt16LittleEndian(ReadOnlySpan<byte> source) => (short)ReadLittleEndian(source, sizeof(short));
    public static int ReadInt32LittleEndian(ReadOnlySpan<byte> source) => (int)ReadLittleEndian(source, sizeof(int));
    public static long ReadInt64LittleEndian(ReadOnlySpan<byte> source) => (long)ReadLittleEndian(source, sizeof(long));

    public static void WriteUInt16BigEndian(Span<byte> destination, ushort value) => WriteBigEndian(destination, value, sizeof(ushort));
    public static void WriteUInt32BigEndian(Span<byte> destination, uint value) => WriteBigEndian(destination, value, sizeof(uint));
    public static void WriteUInt64BigEndian(Span<byte> destination, ulong value) => WriteBigEndian(destination, value, sizeof(ulong));
    public static void WriteInt16BigEndian(Span<byte> destination, short value) => WriteBigEndian(destination, (ulong)value, sizeof(short));
    public static void WriteInt32BigEndian(Span<byte> destination, int value) => WriteBigEndian(destination, (ulong)value, sizeof(int));
    public static void WriteInt64BigEndian(Span<byte> destination, long value) => WriteBigEndian(destination, (ulong)value, sizeof(long));

    public static void WriteUInt16LittleEndian(Span<byte> destination, ushort value) => WriteLittleEndian(destination, value, sizeof(ushort));
    public static void WriteUInt32LittleEndian(Span<byte> destination, uint value) => WriteLittleEndian(destination, value, sizeof(uint));
    public static void WriteUInt64LittleEndian(Span<byte> destination, ulong value) => WriteLittleEndian(destination, value, sizeof(ulong));
    public static void WriteInt16LittleEndian(Span<byte> destination, short value) => WriteLittleEndian(destination, (ulong)value, sizeof(short));
    public static void WriteInt32LittleEndian(Span<byte> destination, int value) => WriteLittleEndian(destination, (ulong)value, sizeof(int));
    public static void WriteInt64LittleEndian(Span<byte> destination, long value) => WriteLittleEndian(destination, (ulong)value, sizeof(long));

    public static bool TryReadUInt16BigEndian(ReadOnlySpan<byte> source, out ushort value)
    {
        value = source.Length >= sizeof(ushort) ? ReadUInt16BigEndian(source) : (ushort)0;
        return source.Length >= sizeof(ushort);
    }

    public static bool TryReadUInt32BigEndian(ReadOnlySpan<byte> source, out uint value)
    {
        value = source.Length >= sizeof(uint) ? ReadUInt32BigEndian(source) : 0;
        return source.Length >= sizeof(uint);
    }

    public static bool TryWriteUInt16BigEndian(Span<byte> destination, ushort value)
    {
        if (destination.Length < sizeof(ushort))
            return false;
        WriteUInt16BigEndian(destination, value);
        return true;
    }

    public static bool TryWriteUInt32BigEndian(Span<byte> destination, uint value)
    {
        if (destination.Length < sizeof(uint))
            return false;
        WriteUInt32BigEndian(destination, value);
        return true;
    }

    // The first size bytes of source, most significant first.
    private static ulong ReadBigEndian(ReadOnlySpan<byte> source, int size)
    {
        CheckLength(source.Length, size);
        ulong value = 0;
        for (int i = 0; i < size; i++)
            value = (value << 8) | source[i];
        return value;
    }

    private static ulong ReadLittleEndian(ReadOnlySpan<byte> source, int size)
    {
        CheckLength(source.Length, size);
        ulong value = 0;
        for (int i = size - 1; i >= 0; i--)
            value = (value << 8) | source[i];
        return value;
    }

    private static void WriteBigEndian(Span<byte> destination, ulong value, int size)
    {
        CheckLength(destination.Length, size);
        for (int i = size - 1; i >= 0; i--)
        {
            destination[i] = (byte)value;
            value >>= 8;
        }
    }

    private static void WriteLittleEndian(Span<byte> destination, ulong value, int size)
    {
        CheckLength(destination.Length, size);
        for (int i = 0; i < size; i++)
        {
            destination[i] = (byte)value;
            value >>= 8;
        }
    }

    private static void CheckLength(int length, int size)
    {
        if (length < size)
            Panic.Fail("BinaryPrimitives: span too short");
    }
}
