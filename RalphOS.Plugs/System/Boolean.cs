// System.Boolean: the bool primitive.
namespace System;

public partial struct Boolean : IEquatable<bool>, IComparable<bool>, IComparable
{
    private bool _value;

    public override string ToString() => _value ? "True" : "False";
    public override int GetHashCode() => _value ? 1 : 0;

    // false sorts before true.
    public int CompareTo(bool value) => _value == value ? 0 : _value ? 1 : -1;

    // Null sorts first; an object of another type is misuse.
    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is bool other)
            return CompareTo(other);
        Internal.Runtime.Panic.Fail("CompareTo: object must be of type Boolean");
        return 0;
    }

    public bool Equals(bool obj) => _value == obj;

    public override bool Equals(object obj) => obj is bool other && Equals(other);
}
