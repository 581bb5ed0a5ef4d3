// System.Byte: 8-bit unsigned integer.
using System.Globalization;
using Internal.Numerics;

namespace System;

public partial struct Byte : IEquatable<byte>, IComparable<byte>, IComparable, IFormattable
{
    private byte _value;

    public const byte MaxValue = 255;
    public const byte MinValue = 0;
    public override string ToString() => Number.UInt64ToString(_value);
    public override int GetHashCode() => _value;

    // The difference of the two values, as .NET.
    public int CompareTo(byte value) => _value - value;

    // Null sorts first; an object of another type is misuse.
    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is byte other)
            return CompareTo(other);
        Internal.Runtime.Panic.Fail("CompareTo: object must be of type Byte");
        return 0;
    }

    public bool Equals(byte obj) => _value == obj;

    public override bool Equals(object obj) => obj is byte other && Equals(other);

    // Standard ("N0", "X8", "D5", ...) and custom ("#,##0") formats, invariant culture.
    public string ToString(string format) => Number.FormatUInt64(_value, format);
    public string ToString(IFormatProvider provider) => ToString();
    public string ToString(string format, IFormatProvider provider) => ToString(format);

    public static byte Parse(string s) => Parse(s, NumberStyles.Integer);
    public static byte Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer);
    public static byte Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style);

    public static byte Parse(string s, NumberStyles style)
    {
        ParseResult result = Number.ParseUnsigned(s, style, MaxValue, out ulong value);
        if (result != ParseResult.Ok || s == null)
            Number.ThrowParseFailure(result, s, "an unsigned byte");
        return (byte)value;
    }

    public static bool TryParse(string s, out byte result) => TryParse(s, NumberStyles.Integer, null, out result);
    public static bool TryParse(string s, IFormatProvider provider, out byte result) => TryParse(s, NumberStyles.Integer, provider, out result);
    public static bool TryParse(ReadOnlySpan<char> s, out byte result) => TryParse(s, NumberStyles.Integer, null, out result);

    public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out byte result)
    {
        result = 0;
        return s != null && TryParse((ReadOnlySpan<char>)s, style, provider, out result);
    }

    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out byte result)
    {
        bool ok = Number.ParseUnsigned(s, style, MaxValue, out ulong value) == ParseResult.Ok;
        result = ok ? (byte)value : (byte)0;
        return ok;
    }
}
