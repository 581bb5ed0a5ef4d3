// System.Int32: 32-bit signed integer.
namespace System;

public struct Int32
{
    private int _value;

    public const int MaxValue = 0x7FFFFFFF;
    public const int MinValue = unchecked((int)0x80000000);
    // Supports "X"/"x" with an optional digit count (e.g. "X8"); anything else is decimal.
    public string ToString(string format) => Number.FormatWithHexOption(unchecked((ulong)(uint)_value), format, ToString());

    public static bool TryParse(string s, out int result)
    {
        bool ok = Number.TryParseInt64(s, out long wide) && wide >= MinValue && wide <= MaxValue;
        result = ok ? (int)wide : 0;
        return ok;
    }

    public override string ToString() => Number.Int64ToString(_value);
    public override int GetHashCode() => _value;
    public override bool Equals(object obj) => obj is int other && other == _value;
}
