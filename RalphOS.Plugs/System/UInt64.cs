// System.UInt64: 64-bit unsigned integer.
using System.Globalization;
using Internal.Numerics;

namespace System;

public partial struct UInt64 : IEquatable<ulong>, IComparable<ulong>, IComparable, IFormattable
{
    private ulong _value;

    public const ulong MaxValue = 0xFFFFFFFFFFFFFFFF;

    public override string ToString() => Number.UInt64ToString(_value);
    public override int GetHashCode() => (int)_value ^ (int)(_value >> 32);

    // -1, 0 or 1, as .NET.
    public int CompareTo(ulong value) => _value < value ? -1 : _value > value ? 1 : 0;

    // Null sorts first; an object of another type is misuse.
    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is ulong other)
            return CompareTo(other);
        Internal.Runtime.Panic.Fail("CompareTo: object must be of type UInt64");
        return 0;
    }

    public bool Equals(ulong obj) => _value == obj;

    public override bool Equals(object obj) => obj is ulong other && Equals(other);

    // Standard ("N0", "X8", "D5", ...) and custom ("#,##0") formats, invariant culture.
    public string ToString(string format) => Number.FormatUInt64(_value, format);
    public string ToString(IFormatProvider provider) => ToString();
    public string ToString(string format, IFormatProvider provider) => ToString(format);

    public static ulong Parse(string s) => Parse(s, NumberStyles.Integer);
    public static ulong Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer);
    public static ulong Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style);

    public static ulong Parse(string s, NumberStyles style)
    {
        ParseResult result = Number.ParseUnsigned(s, style, MaxValue, out ulong value);
        if (result != ParseResult.Ok || s == null)
            Number.ThrowParseFailure(result, s, "a UInt64");
        return (ulong)value;
    }

    public static bool TryParse(string s, out ulong result) => TryParse(s, NumberStyles.Integer, null, out result);
    public static bool TryParse(string s, IFormatProvider provider, out ulong result) => TryParse(s, NumberStyles.Integer, provider, out result);
    public static bool TryParse(ReadOnlySpan<char> s, out ulong result) => TryParse(s, NumberStyles.Integer, null, out result);

    public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out ulong result)
    {
        result = 0;
        return s != null && TryParse((ReadOnlySpan<char>)s, style, provider, out result);
    }

    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out ulong result)
    {
        bool ok = Number.ParseUnsigned(s, style, MaxValue, out ulong value) == ParseResult.Ok;
        result = ok ? (ulong)value : (ulong)0;
        return ok;
    }
}
