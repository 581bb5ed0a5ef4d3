// System.Single: 32-bit IEEE 754 floating point.
namespace System;

public struct Single
{
    private float _value;

}
