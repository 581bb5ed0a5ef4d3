// System.Int64: 64-bit signed integer.
namespace System;

public struct Int64
{
    private long _value;

    public const long MaxValue = 0x7FFFFFFFFFFFFFFF;
    public const long MinValue = unchecked((long)0x8000000000000000);
    // Supports "X"/"x" with an optional digit count (e.g. "X8"); anything else is decimal.
    public string ToString(string format) => Number.FormatWithHexOption(unchecked((ulong)_value), format, ToString());

    public static bool TryParse(string s, out long result) => Number.TryParseInt64(s, out result);

    public override string ToString() => Number.Int64ToString(_value);
    public override int GetHashCode() => (int)_value ^ (int)(_value >> 32);
}
