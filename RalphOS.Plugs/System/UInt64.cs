// System.UInt64: 64-bit unsigned integer.
namespace System;

public partial struct UInt64 : IEquatable<ulong>, IComparable<ulong>, IComparable
{
    private ulong _value;

    public const ulong MaxValue = 0xFFFFFFFFFFFFFFFF;
    // Supports "X"/"x" with an optional digit count (e.g. "X8"); anything else is decimal.
    public string ToString(string format) => Number.FormatWithHexOption(unchecked((ulong)_value), format, ToString());

    public static bool TryParse(string s, out ulong result) => Number.TryParseUInt64(s, out result);

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
}
