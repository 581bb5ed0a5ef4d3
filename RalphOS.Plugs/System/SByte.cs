// System.SByte: 8-bit signed integer.
namespace System;

public struct SByte
{
    private sbyte _value;

    public override string ToString() => Number.Int64ToString(_value);
    public override int GetHashCode() => _value;
}
