// System.SByte: 8-bit signed integer.
namespace System;

public partial struct SByte : IEquatable<sbyte>, IComparable<sbyte>, IComparable
{
    private sbyte _value;

    public override string ToString() => Number.Int64ToString(_value);
    public override int GetHashCode() => _value;

    // The difference of the two values, as .NET.
    public int CompareTo(sbyte value) => _value - value;

    // Null sorts first; an object of another type is misuse.
    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is sbyte other)
            return CompareTo(other);
        Internal.Runtime.Panic.Fail("CompareTo: object must be of type SByte");
        return 0;
    }

    public bool Equals(sbyte obj) => _value == obj;

    public override bool Equals(object obj) => obj is sbyte other && Equals(other);
}
