// MathTests: Math and MathF as .NET runs them: Abs/Sign/Min/Max/Clamp over the primitive
// types with their exceptions, BigMul and DivRem, rounding with digits and every
// MidpointRounding mode, the bit helpers, special values (NaN, infinities, signed zeros),
// and the transcendental functions within two ulps of reference values (the host run
// proves the expectations are .NET's; the host's MathAccuracyTests sweep many inputs).
using System;

namespace RalphOS.Kernel.SelfTest;

internal static class MathTests
{
    public static void Run()
    {
        IntegerChecks();
        RoundingChecks();
        FunctionChecks();
        SpecialValueChecks();
        SingleChecks();
    }

    private static void IntegerChecks()
    {
        SelfTestRunner.Check("Math.Abs over the integer types", Math.Abs((sbyte)-5) == 5 && Math.Abs((short)-300) == 300 && Math.Abs(-7) == 7
            && Math.Abs(-7L) == 7L && Math.Abs((nint)(-9)) == 9 && Math.Abs(-2.5) == 2.5 && Math.Abs(-2.5f) == 2.5f);
        SelfTestRunner.Check("Math.Abs of the minimum value throws OverflowException", Expect.Throws<OverflowException>(() => Math.Abs(int.MinValue))
            && Expect.Throws<OverflowException>(() => Math.Abs(long.MinValue)) && Expect.Throws<OverflowException>(() => Math.Abs(short.MinValue)));
        SelfTestRunner.Check("Math.Sign", Math.Sign(-3) == -1 && Math.Sign(0L) == 0 && Math.Sign((sbyte)4) == 1 && Math.Sign(-0.0) == 0 && Math.Sign(2.5f) == 1
            && Expect.Throws<ArithmeticException>(() => Math.Sign(double.NaN)));
        SelfTestRunner.Check("Math.Min and Max over the primitive types", Math.Min((byte)3, (byte)200) == 3 && Math.Max((ushort)3, (ushort)60000) == 60000
            && Math.Min(-1L, 1L) == -1 && Math.Max(5u, 7u) == 7 && Math.Min(1.5f, -2f) == -2f && Math.Max((nuint)1, (nuint)2) == 2 && Math.Min((short)-4, (short)4) == -4);
        SelfTestRunner.Check("Math.Min and Max with NaN and signed zeros", double.IsNaN(Math.Min(1, double.NaN)) && double.IsNaN(Math.Max(double.NaN, 1))
            && IsNegativeZero(Math.Min(0.0, -0.0)) && !IsNegativeZero(Math.Max(-0.0, 0.0)) && Math.MaxMagnitude(-3.0, 2.0) == -3.0 && Math.MinMagnitude(-3.0, 2.0) == 2.0);
        SelfTestRunner.Check("Math.Clamp", Math.Clamp(15, 0, 10) == 10 && Math.Clamp(-5L, 0, 10) == 0 && Math.Clamp((byte)5, (byte)6, (byte)9) == 6
            && Math.Clamp(2.5, 0.0, 1.0) == 1.0 && Math.Clamp(7u, 1u, 9u) == 7 && Expect.Throws<ArgumentException>(() => Math.Clamp(1, 5, 2)));
        long high = Math.BigMul(long.MinValue, 3, out long low);
        ulong unsignedHigh = Math.BigMul(ulong.MaxValue, ulong.MaxValue, out ulong unsignedLow);
        SelfTestRunner.Check("Math.BigMul", Math.BigMul(int.MaxValue, int.MaxValue) == 4611686014132420609L && high == -2 && low == long.MinValue
            && unsignedHigh == ulong.MaxValue - 1 && unsignedLow == 1 && Math.BigMul(-5L, 7L, out long small) == -1 && small == -35);
        int quotient = Math.DivRem(-17, 5, out int remainder);
        SelfTestRunner.Check("Math.DivRem", quotient == -3 && remainder == -2 && Math.DivRem(17L, 5L) == (3L, 2L) && Math.DivRem(17u, 5u) == (3u, 2u)
            && Expect.Throws<DivideByZeroException>(() => Math.DivRem(1, 0)));
    }

    private static void RoundingChecks()
    {
        SelfTestRunner.Check("Math.Round to even and away from zero", Math.Round(2.5) == 2 && Math.Round(3.5) == 4 && Math.Round(-2.5) == -2
            && Math.Round(2.5, MidpointRounding.AwayFromZero) == 3 && Math.Round(-2.5, MidpointRounding.AwayFromZero) == -3
            && Math.Round(2.4999999999999996, MidpointRounding.AwayFromZero) == 2);
        SelfTestRunner.Check("Math.Round directed modes", Math.Round(2.7, MidpointRounding.ToZero) == 2 && Math.Round(-2.7, MidpointRounding.ToZero) == -2
            && Math.Round(-2.1, MidpointRounding.ToNegativeInfinity) == -3 && Math.Round(2.1, MidpointRounding.ToPositiveInfinity) == 3);
        SelfTestRunner.Check("Math.Round with digits", Math.Round(3.14159, 2) == 3.14 && Math.Round(2.675, 2) == 2.68 && Math.Round(1.005, 2, MidpointRounding.AwayFromZero) == 1.0
            && Math.Round(0.125, 2) == 0.12 && Math.Round(0.125, 2, MidpointRounding.AwayFromZero) == 0.13 && Math.Round(123.456, 1, MidpointRounding.ToZero) == 123.4
            && Math.Round(1e17 + 0.0, 3) == 1e17 && Expect.Throws<ArgumentOutOfRangeException>(() => Math.Round(1.0, 16)));
        SelfTestRunner.Check("Math.Floor, Ceiling, Truncate", Math.Floor(-1.5) == -2 && Math.Ceiling(-1.5) == -1 && Math.Truncate(-1.5) == -1
            && IsNegativeZero(Math.Ceiling(-0.5)) && IsNegativeZero(Math.Truncate(-0.7)) && Math.Floor(1e300) == 1e300);
    }

    private static void FunctionChecks()
    {
        SelfTestRunner.Check("Math roots and powers", Math.Sqrt(2) == 1.4142135623730951 && Near(Math.Cbrt(27), 3) && Near(Math.Cbrt(-8), -2)
            && Near(Math.Cbrt(2), 1.2599210498948734) && Math.Pow(2, 10) == 1024 && Near(Math.Pow(2, 0.5), 1.4142135623730951));
        SelfTestRunner.Check("Math logarithms", Near(Math.Exp(1), Math.E) && Math.Log(1) == 0 && Near(Math.Log(Math.E), 1) && Math.Log10(1000) == 3
            && Math.Log2(1024) == 10 && Math.Log2(0.125) == -3 && Near(Math.Log2(10), 3.321928094887362) && Near(Math.Log(8, 2), 3) && Near(Math.Log(100, 10), 2));
        SelfTestRunner.Check("Math trigonometry", Math.Sin(0) == 0 && Near(Math.Sin(Math.PI / 6), 0.49999999999999994) && Near(Math.Cos(Math.PI / 3), 0.5000000000000001)
            && Near(Math.Tan(Math.PI / 4), 0.9999999999999999) && Near(Math.SinCos(1.0).Sin, 0.8414709848078965) && Near(Math.SinCos(1.0).Cos, 0.5403023058681398));
        SelfTestRunner.Check("Math inverse trigonometry", Near(Math.Asin(0.5), 0.5235987755982989) && Near(Math.Acos(0.5), 1.0471975511965979)
            && Math.Asin(1) == Math.PI / 2 && Math.Acos(-1) == Math.PI && Math.Acos(1) == 0 && Near(Math.Atan(1), Math.PI / 4) && Near(Math.Atan2(1, -1), 3 * Math.PI / 4));
        SelfTestRunner.Check("Math hyperbolic", Near(Math.Sinh(1), 1.1752011936438014) && Near(Math.Cosh(1), 1.5430806348152437) && Near(Math.Tanh(0.5), 0.46211715726000974)
            && Near(Math.Asinh(1), 0.881373587019543) && Near(Math.Acosh(2), 1.3169578969248166) && Near(Math.Atanh(0.5), 0.5493061443340549)
            && Math.Tanh(30) == 1 && Near(Math.Sinh(1e-8), 1e-8) && Near(Math.Sinh(710), 1.1169973830808557e308));
        SelfTestRunner.Check("Math.FusedMultiplyAdd is rounded once", Math.FusedMultiplyAdd(0.1, 10, -1) == 5.551115123125783e-17 && Math.FusedMultiplyAdd(2, 3, 4) == 10);
        SelfTestRunner.Check("Math bit helpers", Math.BitIncrement(1.0) == 1.0000000000000002 && Math.BitDecrement(1.0) == 0.9999999999999999
            && Math.BitIncrement(-0.0) == double.Epsilon && Math.BitDecrement(0.0) == -double.Epsilon && Math.CopySign(3.0, -0.0) == -3.0
            && Math.ScaleB(1.5, 4) == 24 && Math.ScaleB(1, -1074) == double.Epsilon && Math.ILogB(8) == 3 && Math.ILogB(double.Epsilon) == -1074 && Math.ILogB(0) == int.MinValue);
    }

    private static void SpecialValueChecks()
    {
        SelfTestRunner.Check("Math special values: NaN", double.IsNaN(Math.Sqrt(-1)) && double.IsNaN(Math.Log(-1)) && double.IsNaN(Math.Asin(2))
            && double.IsNaN(Math.Acos(-1.5)) && double.IsNaN(Math.Acosh(0.5)) && double.IsNaN(Math.Atanh(1.5)) && double.IsNaN(Math.Log(2, 1)) && double.IsNaN(Math.Sin(double.PositiveInfinity)));
        SelfTestRunner.Check("Math special values: infinities", Math.Exp(1000) == double.PositiveInfinity && Math.Log(0) == double.NegativeInfinity
            && Math.Atanh(1) == double.PositiveInfinity && Math.Atanh(-1) == double.NegativeInfinity && Math.Sinh(-1000) == double.NegativeInfinity
            && Math.Cosh(-1000) == double.PositiveInfinity && Math.Log2(0) == double.NegativeInfinity && Math.Cbrt(double.NegativeInfinity) == double.NegativeInfinity);
        SelfTestRunner.Check("Math special values: signed zeros", IsNegativeZero(Math.Asin(-0.0)) && IsNegativeZero(Math.Sinh(-0.0)) && IsNegativeZero(Math.Tanh(-0.0))
            && IsNegativeZero(Math.Asinh(-0.0)) && IsNegativeZero(Math.Atanh(-0.0)) && IsNegativeZero(Math.Cbrt(-0.0)) && Math.Cosh(-0.0) == 1);
    }

    private static void SingleChecks()
    {
        SelfTestRunner.Check("MathF functions", MathF.Sqrt(2f) == 1.41421354f && MathF.Abs(-1.5f) == 1.5f && MathF.Floor(-1.5f) == -2f && MathF.Pow(2f, 10f) == 1024f
            && MathF.Sin(0f) == 0f && MathF.Exp(0f) == 1f && MathF.Log2(8f) == 3f && MathF.Max(1f, float.NaN) != MathF.Max(1f, float.NaN) && MathF.Sign(-2f) == -1);
        SelfTestRunner.Check("MathF.Round rounds in float", MathF.Round(2.5f) == 2f && MathF.Round(2.345f, 2) == 2.34f && MathF.Round(2.5f, MidpointRounding.AwayFromZero) == 3f
            && MathF.BitIncrement(1f) == 1.00000012f && MathF.Cbrt(64f) == 4f);
    }

    // Within two ulps (the accuracy bound) of the reference value.
    private static bool Near(double actual, double expected) =>
        actual == expected || Math.Abs(BitConverter.DoubleToInt64Bits(actual) - BitConverter.DoubleToInt64Bits(expected)) <= 2;

    private static bool IsNegativeZero(double value) => value == 0 && BitConverter.DoubleToInt64Bits(value) < 0;
}
