// System.Char: a UTF-16 code unit. The classification helpers live in Char.Classification.cs.
namespace System;

public partial struct Char : IEquatable<char>, IComparable<char>, IComparable
{
    private char _value;

    // The difference of the two values, as .NET.
    public int CompareTo(char value) => _value - value;

    // Null sorts first; an object of another type is misuse.
    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is char other)
            return CompareTo(other);
        Internal.Runtime.Panic.Fail("CompareTo: object must be of type Char");
        return 0;
    }

    public bool Equals(char obj) => _value == obj;

    public override bool Equals(object obj) => obj is char other && Equals(other);

    public override int GetHashCode() => _value | (_value << 16);
}
