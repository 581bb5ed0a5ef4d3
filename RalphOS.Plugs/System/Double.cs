// System.Double: 64-bit IEEE 754 floating point.
namespace System;

public unsafe partial struct Double : IEquatable<double>, IComparable<double>, IComparable, IFormattable
{
    private double _value;

    // -1, 0 or 1, as .NET: NaN sorts before every number and equals itself here.
    public int CompareTo(double value)
    {
        if (_value < value)
            return -1;
        if (_value > value)
            return 1;
        if (_value == value)
            return 0;
        return IsNaN(_value) ? (IsNaN(value) ? 0 : -1) : 1;
    }

    // Null sorts first; an object of another type is misuse.
    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is double other)
            return CompareTo(other);
        Internal.Runtime.Panic.Fail("CompareTo: object must be of type Double");
        return 0;
    }

    // NaN equals NaN here (as .NET's Equals, unlike ==).
    public bool Equals(double obj) => _value == obj || (IsNaN(_value) && IsNaN(obj));

    public override bool Equals(object obj) => obj is double other && Equals(other);

    // Equal values hash equally: 0.0 and -0.0 share a hash, as do all NaNs.
    public override int GetHashCode()
    {
        double value = _value;
        if (value == 0)
            value = 0;
        if (IsNaN(value))
            value = NaN;
        long bits = BitConverter.DoubleToInt64Bits(value);
        return (int)bits ^ (int)(bits >> 32);
    }
}
