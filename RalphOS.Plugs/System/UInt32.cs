// System.UInt32: 32-bit unsigned integer.
namespace System;

public partial struct UInt32 : IEquatable<uint>, IComparable<uint>, IComparable
{
    private uint _value;

    public const uint MaxValue = 0xFFFFFFFF;
    // Supports "X"/"x" with an optional digit count (e.g. "X8"); anything else is decimal.
    public string ToString(string format) => Number.FormatWithHexOption(unchecked((ulong)_value), format, ToString());

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
}
