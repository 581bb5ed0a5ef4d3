// System.UInt16: 16-bit unsigned integer.
using System.Globalization;
using Internal.Numerics;

namespace System;

public partial struct UInt16 : IEquatable<ushort>, IComparable<ushort>, IComparable, IFormattable
{
    private ushort _value;

    public const ushort MaxValue = 65535;
    public override string ToString() => Number.UInt64ToString(_value);
    public override int GetHashCode() => _value;

    // The difference of the two values, as .NET.
    public int CompareTo(ushort value) => _value - value;

    // Null sorts first; an object of another type is misuse.
    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is ushort other)
            return CompareTo(other);
        Internal.Runtime.Panic.Fail("CompareTo: object must be of type UInt16");
        return 0;
    }

    public bool Equals(ushort obj) => _value == obj;

    public override bool Equals(object obj) => obj is ushort other && Equals(other);

    // Standard ("N0", "X8", "D5", ...) and custom ("#,##0") formats, invariant culture.
    public string ToString(string format) => Number.FormatUInt64(_value, format);
    public string ToString(IFormatProvider provider) => ToString();
    public string ToString(string format, IFormatProvider provider) => ToString(format);

    public static ushort Parse(string s) => Parse(s, NumberStyles.Integer);
    public static ushort Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer);
    public static ushort Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style);

    public static ushort Parse(string s, NumberStyles style)
    {
        ParseResult result = Number.ParseUnsigned(s, style, MaxValue, out ulong value);
        if (result != ParseResult.Ok || s == null)
            Number.ThrowParseFailure(result, s, "a UInt16");
        return (ushort)value;
    }

    public static bool TryParse(string s, out ushort result) => TryParse(s, NumberStyles.Integer, null, out result);
    public static bool TryParse(string s, IFormatProvider provider, out ushort result) => TryParse(s, NumberStyles.Integer, provider, out result);
    public static bool TryParse(ReadOnlySpan<char> s, out ushort result) => TryParse(s, NumberStyles.Integer, null, out result);

    public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out ushort result)
    {
        result = 0;
        return s != null && TryParse((ReadOnlySpan<char>)s, style, provider, out result);
    }

    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out ushort result)
    {
        bool ok = Number.ParseUnsigned(s, style, MaxValue, out ulong value) == ParseResult.Ok;
        result = ok ? (ushort)value : (ushort)0;
        return ok;
    }
}
