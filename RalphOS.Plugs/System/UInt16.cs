// System.UInt16: 16-bit unsigned integer.
namespace System;

public partial struct UInt16 : IEquatable<ushort>, IComparable<ushort>, IComparable
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
}
