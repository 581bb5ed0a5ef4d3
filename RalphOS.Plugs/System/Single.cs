// System.Single: 32-bit IEEE 754 floating point: its constants and classification (MathF
// and user code use them). Text conversion of floats is not written yet.
namespace System;

public struct Single
{
    private float _value;

    public const float MinValue = -3.40282346638528859e+38f;
    public const float MaxValue = 3.40282346638528859e+38f;
    public const float Epsilon = 1.4e-45f;
    public const float PositiveInfinity = 1.0f / 0.0f;
    public const float NegativeInfinity = -1.0f / 0.0f;
    public const float NaN = 0.0f / 0.0f;

#pragma warning disable CS1718 // comparison to the same variable: NaN is the only value unequal to itself
    public static bool IsNaN(float f) => f != f;
#pragma warning restore CS1718
    public static bool IsInfinity(float f) => f == PositiveInfinity || f == NegativeInfinity;
    public static bool IsPositiveInfinity(float f) => f == PositiveInfinity;
    public static bool IsNegativeInfinity(float f) => f == NegativeInfinity;
    public static bool IsFinite(float f) => !IsNaN(f) && !IsInfinity(f);
}
