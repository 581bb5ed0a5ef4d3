// System.Int32: 32-bit signed integer.
using System.Globalization;
using Internal.Numerics;

namespace System;

public partial struct Int32 : IEquatable<int>, IComparable<int>, IComparable, IFormattable
{
    private int _value;

    public const int MaxValue = 0x7FFFFFFF;
    public const int MinValue = unchecked((int)0x80000000);

    public override string ToString() => Number.Int64ToString(_value);
    public override int GetHashCode() => _value;
    public override bool Equals(object obj) => obj is int other && other == _value;

    // -1, 0 or 1, as .NET.
    public int CompareTo(int value) => _value < value ? -1 : _value > value ? 1 : 0;

    // Null sorts first; an object of another type is misuse.
    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is int other)
            return CompareTo(other);
        Internal.Runtime.Panic.Fail("CompareTo: object must be of type Int32");
        return 0;
    }

    public bool Equals(int obj) => _value == obj;

    // Standard ("N0", "X8", "D5", ...) and custom ("#,##0") formats, invariant culture.
    public string ToString(string format) => Number.FormatInt64(_value, format, 32);
    public string ToString(IFormatProvider provider) => ToString();
    public string ToString(string format, IFormatProvider provider) => ToString(format);

    public static int Parse(string s) => Parse(s, NumberStyles.Integer);
    public static int Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer);
    public static int Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style);

    public static int Parse(string s, NumberStyles style)
    {
        ParseResult result = Number.ParseSigned(s, style, 32, out long value);
        if (result != ParseResult.Ok || s == null)
            Number.ThrowParseFailure(result, s, "an Int32");
        return (int)value;
    }

    public static bool TryParse(string s, out int result) => TryParse(s, NumberStyles.Integer, null, out result);
    public static bool TryParse(string s, IFormatProvider provider, out int result) => TryParse(s, NumberStyles.Integer, provider, out result);
    public static bool TryParse(ReadOnlySpan<char> s, out int result) => TryParse(s, NumberStyles.Integer, null, out result);

    public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out int result)
    {
        result = 0;
        return s != null && TryParse((ReadOnlySpan<char>)s, style, provider, out result);
    }

    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out int result)
    {
        bool ok = Number.ParseSigned(s, style, 32, out long value) == ParseResult.Ok;
        result = ok ? (int)value : (int)0;
        return ok;
    }
}
