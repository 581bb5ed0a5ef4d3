// System.UInt64: 64-bit unsigned integer.
namespace System;

public struct UInt64
{
    private ulong _value;

    public const ulong MaxValue = 0xFFFFFFFFFFFFFFFF;
    // Supports "X"/"x" with an optional digit count (e.g. "X8"); anything else is decimal.
    public string ToString(string format) => Number.FormatWithHexOption(unchecked((ulong)_value), format, ToString());

    public static bool TryParse(string s, out ulong result) => Number.TryParseUInt64(s, out result);

    public override string ToString() => Number.UInt64ToString(_value);
    public override int GetHashCode() => (int)_value ^ (int)(_value >> 32);
}
