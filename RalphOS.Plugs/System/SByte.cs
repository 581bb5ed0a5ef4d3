// System.SByte: 8-bit signed integer.
using System.Globalization;
using Internal.Numerics;

namespace System;

public partial struct SByte : IEquatable<sbyte>, IComparable<sbyte>, IComparable, IFormattable
{
    private sbyte _value;

    public const sbyte MaxValue = 127;
    public const sbyte MinValue = -128;

    public override string ToString() => Number.Int64ToString(_value);
    public override int GetHashCode() => _value;

    // The difference of the two values, as .NET.
    public int CompareTo(sbyte value) => _value - value;

    // Null sorts first; an object of another type is misuse.
    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is sbyte other)
            return CompareTo(other);
        Internal.Runtime.Panic.Fail("CompareTo: object must be of type SByte");
        return 0;
    }

    public bool Equals(sbyte obj) => _value == obj;

    public override bool Equals(object obj) => obj is sbyte other && Equals(other);

    // Standard ("N0", "X8", "D5", ...) and custom ("#,##0") formats, invariant culture.
    public string ToString(string format) => Number.FormatInt64(_value, format, 8);
    public string ToString(IFormatProvider provider) => ToString();
    public string ToString(string format, IFormatProvider provider) => ToString(format);

    public static sbyte Parse(string s) => Parse(s, NumberStyles.Integer);
    public static sbyte Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer);
    public static sbyte Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style);

    public static sbyte Parse(string s, NumberStyles style)
    {
        ParseResult result = Number.ParseSigned(s, style, 8, out long value);
        if (result != ParseResult.Ok || s == null)
            Number.ThrowParseFailure(result, s, "a signed byte");
        return (sbyte)value;
    }

    public static bool TryParse(string s, out sbyte result) => TryParse(s, NumberStyles.Integer, null, out result);
    public static bool TryParse(string s, IFormatProvider provider, out sbyte result) => TryParse(s, NumberStyles.Integer, provider, out result);
    public static bool TryParse(ReadOnlySpan<char> s, out sbyte result) => TryParse(s, NumberStyles.Integer, null, out result);

    public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out sbyte result)
    {
        result = 0;
        return s != null && TryParse((ReadOnlySpan<char>)s, style, provider, out result);
    }

    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out sbyte result)
    {
        bool ok = Number.ParseSigned(s, style, 8, out long value) == ParseResult.Ok;
        result = ok ? (sbyte)value : (sbyte)0;
        return ok;
    }
}
