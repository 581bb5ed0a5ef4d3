// System.UInt32: 32-bit unsigned integer.
namespace System;

public struct UInt32
{
    private uint _value;

    public const uint MaxValue = 0xFFFFFFFF;
    // Supports "X"/"x" with an optional digit count (e.g. "X8"); anything else is decimal.
    public string ToString(string format) => Number.FormatWithHexOption(unchecked((ulong)_value), format, ToString());

    public override string ToString() => Number.UInt64ToString(_value);
    public override int GetHashCode() => (int)_value;
}
