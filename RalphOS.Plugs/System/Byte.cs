// System.Byte: 8-bit unsigned integer.
namespace System;

public struct Byte
{
    private byte _value;

    public const byte MaxValue = 255;
    public const byte MinValue = 0;
    public override string ToString() => Number.UInt64ToString(_value);
    public override int GetHashCode() => _value;
}
