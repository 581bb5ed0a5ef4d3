// System.Int16: 16-bit signed integer.
using System.Globalization;
using Internal.Numerics;

namespace System;

public partial struct Int16 : IEquatable<short>, IComparable<short>, IComparable, IFormattable
{
    private short _value;

    public const short MaxValue = 32767;
    public const short MinValue = -32768;

    public override string ToString() => Number.Int64ToString(_value);
    public override int GetHashCode() => _value;

    // The difference of the two values, as .NET.
    public int CompareTo(short value) => _value - value;

    // Null sorts first; an object of another type is misuse.
    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is short other)
            return CompareTo(other);
        Internal.Runtime.Panic.Fail("CompareTo: object must be of type Int16");
        return 0;
    }

    public bool Equals(short obj) => _value == obj;

    public override bool Equals(object obj) => obj is short other && Equals(other);

    // Standard ("N0", "X8", "D5", ...) and custom ("#,##0") formats, invariant culture.
    public string ToString(string format) => Number.FormatInt64(_value, format, 16);
    public string ToString(IFormatProvider provider) => ToString();
    public string ToString(string format, IFormatProvider provider) => ToString(format);

    public static short Parse(string s) => Parse(s, NumberStyles.Integer);
    public static short Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer);
    public static short Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style);

    public static short Parse(string s, NumberStyles style)
    {
        ParseResult result = Number.ParseSigned(s, style, 16, out long value);
        if (result != ParseResult.Ok || s == null)
            Number.ThrowParseFailure(result, s, "an Int16");
        return (short)value;
    }

    public static bool TryParse(string s, out short result) => TryParse(s, NumberStyles.Integer, null, out result);
    public static bool TryParse(string s, IFormatProvider provider, out short result) => TryParse(s, NumberStyles.Integer, provider, out result);
    public static bool TryParse(ReadOnlySpan<char> s, out short result) => TryParse(s, NumberStyles.Integer, null, out result);

    public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out short result)
    {
        result = 0;
        return s != null && TryParse((ReadOnlySpan<char>)s, style, provider, out result);
    }

    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out short result)
    {
        bool ok = Number.ParseSigned(s, style, 16, out long value) == ParseResult.Ok;
        result = ok ? (short)value : (short)0;
        return ok;
    }
}
