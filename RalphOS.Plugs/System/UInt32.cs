// System.UInt32: 32-bit unsigned integer.
using System.Globalization;
using Internal.Numerics;

namespace System;

public partial struct UInt32 : IEquatable<uint>, IComparable<uint>, IComparable, IFormattable
{
    private uint _value;

    public const uint MaxValue = 0xFFFFFFFF;

    public override string ToString() => Number.UInt64ToString(_value);
    public override int GetHashCode() => (int)_value;

    // -1, 0 or 1, as .NET.
    public int CompareTo(uint value) => _value < value ? -1 : _value > value ? 1 : 0;

    // Null sorts first; an object of another type is misuse.
    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is uint other)
            return CompareTo(other);
        Internal.Runtime.Panic.Fail("CompareTo: object must be of type UInt32");
        return 0;
    }

    public bool Equals(uint obj) => _value == obj;

    public override bool Equals(object obj) => obj is uint other && Equals(other);

    // Standard ("N0", "X8", "D5", ...) and custom ("#,##0") formats, invariant culture.
    public string ToString(string format) => Number.FormatUInt64(_value, format);
    public string ToString(IFormatProvider provider) => ToString();
    public string ToString(string format, IFormatProvider provider) => ToString(format);

    public static uint Parse(string s) => Parse(s, NumberStyles.Integer);
    public static uint Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer);
    public static uint Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style);

    public static uint Parse(string s, NumberStyles style)
    {
        ParseResult result = Number.ParseUnsigned(s, style, MaxValue, out ulong value);
        if (result != ParseResult.Ok || s == null)
            Number.ThrowParseFailure(result, s, "a UInt32");
        return (uint)value;
    }

    public static bool TryParse(string s, out uint result) => TryParse(s, NumberStyles.Integer, null, out result);
    public static bool TryParse(string s, IFormatProvider provider, out uint result) => TryParse(s, NumberStyles.Integer, provider, out result);
    public static bool TryParse(ReadOnlySpan<char> s, out uint result) => TryParse(s, NumberStyles.Integer, null, out result);

    public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out uint result)
    {
        result = 0;
        return s != null && TryParse((ReadOnlySpan<char>)s, style, provider, out result);
    }

    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out uint result)
    {
        bool ok = Number.ParseUnsigned(s, style, MaxValue, out ulong value) == ParseResult.Ok;
        result = ok ? (uint)value : (uint)0;
        return ok;
    }
}
