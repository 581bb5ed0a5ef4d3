// System.Byte: 8-bit unsigned integer.
namespace System;

public partial struct Byte : IEquatable<byte>, IComparable<byte>, IComparable
{
    private byte _value;

    public const byte MaxValue = 255;
    public const byte MinValue = 0;
    public override string ToString() => Number.UInt64ToString(_value);
    public override int GetHashCode() => _value;

    // The difference of the two values, as .NET.
    public int CompareTo(byte value) => _value - value;

    // Null sorts first; an object of another type is misuse.
    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is byte other)
            return CompareTo(other);
        Internal.Runtime.Panic.Fail("CompareTo: object must be of type Byte");
        return 0;
    }

    public bool Equals(byte obj) => _value == obj;

    public override bool Equals(object obj) => obj is byte other && Equals(other);
}
