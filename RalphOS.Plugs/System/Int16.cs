// System.Int16: 16-bit signed integer.
namespace System;

public struct Int16
{
    private short _value;

    public override string ToString() => Number.Int64ToString(_value);
    public override int GetHashCode() => _value;
}
