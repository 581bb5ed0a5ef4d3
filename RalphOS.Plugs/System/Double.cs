// System.Double: 64-bit IEEE 754 floating point.
namespace System;

public struct Double
{
    private double _value;

}
