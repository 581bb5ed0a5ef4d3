// System.Int64: 64-bit signed integer.
using System.Globalization;
using Internal.Numerics;

namespace System;

public partial struct Int64 : IEquatable<long>, IComparable<long>, IComparable, IFormattable
{
    private long _value;

    public const long MaxValue = 0x7FFFFFFFFFFFFFFF;
    public const long MinValue = unchecked((long)0x8000000000000000);

    public override string ToString() => Number.Int64ToString(_value);
    public override int GetHashCode() => (int)_value ^ (int)(_value >> 32);

    // -1, 0 or 1, as .NET.
    public int CompareTo(long value) => _value < value ? -1 : _value > value ? 1 : 0;

    // Null sorts first; an object of another type is misuse.
    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is long other)
            return CompareTo(other);
        Internal.Runtime.Panic.Fail("CompareTo: object must be of type Int64");
        return 0;
    }

    public bool Equals(long obj) => _value == obj;

    public override bool Equals(object obj) => obj is long other && Equals(other);

    // Standard ("N0", "X8", "D5", ...) and custom ("#,##0") formats, invariant culture.
    public string ToString(string format) => Number.FormatInt64(_value, format, 64);
    public string ToString(IFormatProvider provider) => ToString();
    public string ToString(string format, IFormatProvider provider) => ToString(format);

    public static long Parse(string s) => Parse(s, NumberStyles.Integer);
    public static long Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer);
    public static long Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style);

    public static long Parse(string s, NumberStyles style)
    {
        ParseResult result = Number.ParseSigned(s, style, 64, out long value);
        if (result != ParseResult.Ok || s == null)
            Number.ThrowParseFailure(result, s, "an Int64");
        return (long)value;
    }

    public static bool TryParse(string s, out long result) => TryParse(s, NumberStyles.Integer, null, out result);
    public static bool TryParse(string s, IFormatProvider provider, out long result) => TryParse(s, NumberStyles.Integer, provider, out result);
    public static bool TryParse(ReadOnlySpan<char> s, out long result) => TryParse(s, NumberStyles.Integer, null, out result);

    public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out long result)
    {
        result = 0;
        return s != null && TryParse((ReadOnlySpan<char>)s, style, provider, out result);
    }

    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out long result)
    {
        bool ok = Number.ParseSigned(s, style, 64, out long value) == ParseResult.Ok;
        result = ok ? (long)value : (long)0;
        return ok;
    }
}
