// System.UInt16: 16-bit unsigned integer.
namespace System;

public struct UInt16
{
    private ushort _value;

    public const ushort MaxValue = 65535;
    public override string ToString() => Number.UInt64ToString(_value);
    public override int GetHashCode() => _value;
}
