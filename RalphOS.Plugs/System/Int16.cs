// System.Int16: 16-bit signed integer.
namespace System;

public partial struct Int16 : IEquatable<short>, IComparable<short>, IComparable
{
    private short _value;

    public override string ToString() => Number.Int64ToString(_value);
    public override int GetHashCode() => _value;

    // The difference of the two values, as .NET.
    public int CompareTo(short value) => _value - value;

    // Null sorts first; an object of another type is misuse.
    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is short other)
            return CompareTo(other);
        Internal.Runtime.Panic.Fail("CompareTo: object must be of type Int16");
        return 0;
    }

    public bool Equals(short obj) => _value == obj;

    public override bool Equals(object obj) => obj is short other && Equals(other);
}
