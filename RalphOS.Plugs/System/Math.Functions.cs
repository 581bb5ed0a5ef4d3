// Math: roots, powers, logarithms, trigonometric and hyperbolic functions and their
// inverses, with .NET's special values and within an ulp or two of .NET's results (the
// algorithms are in Internal.Numerics, measured against .NET by MathAccuracyTests); and
// the bit-level helpers (CopySign, BitIncrement, BitDecrement, ScaleB, ILogB).
using Internal.Numerics;

namespace System;

public static partial class Math
{
    private const int NaNExponent = int.MaxValue;       // ILogB(NaN), as .NET's
    private const int ZeroExponent = int.MinValue;      // ILogB(0)

    public static double Sqrt(double d) => FloatMath.Sqrt(d);
    public static double Cbrt(double d) => FloatMath.Cbrt(d);
    public static double Pow(double x, double y) => FloatMath.Pow(x, y);
    public static double Exp(double d) => FloatMath.Exp(d);
    public static double Log(double d) => FloatMath.Log(d);
    public static double Log10(double d) => FloatMath.Log10(d);
    public static double Log2(double x) => FloatMath.Log2(x);

    // As .NET: NaN for a NaN operand, a base of 1, or a base of 0 or +infinity unless a is 1.
    public static double Log(double a, double newBase)
    {
        if (double.IsNaN(a))
            return a;
        if (double.IsNaN(newBase))
            return newBase;
        if (newBase == 1)
            return double.NaN;
        if (a != 1 && (newBase == 0 || double.IsPositiveInfinity(newBase)))
            return double.NaN;
        return Log(a) / Log(newBase);
    }

    public static double Sin(double a) => FloatMath.Sin(a);
    public static double Cos(double d) => FloatMath.Cos(d);
    public static double Tan(double a) => FloatMath.Tan(a);
    public static (double Sin, double Cos) SinCos(double x) => (Sin(x), Cos(x));
    public static double Asin(double d) => FloatMath.Asin(d);
    public static double Acos(double d) => FloatMath.Acos(d);
    public static double Atan(double d) => FloatMath.Atan(d);
    public static double Atan2(double y, double x) => FloatMath.Atan2(y, x);
    public static double Sinh(double value) => FloatMath.Sinh(value);
    public static double Cosh(double value) => FloatMath.Cosh(value);
    public static double Tanh(double value) => FloatMath.Tanh(value);
    public static double Asinh(double d) => FloatMath.Asinh(d);
    public static double Acosh(double d) => FloatMath.Acosh(d);
    public static double Atanh(double d) => FloatMath.Atanh(d);
    public static double FusedMultiplyAdd(double x, double y, double z) => FloatMath.FusedMultiplyAdd(x, y, z);
    public static double ReciprocalEstimate(double d) => 1.0 / d;
    public static double ReciprocalSqrtEstimate(double d) => 1.0 / Sqrt(d);

    public static double CopySign(double x, double y) =>
        BitConverter.Int64BitsToDouble((BitConverter.DoubleToInt64Bits(x) & long.MaxValue) | (BitConverter.DoubleToInt64Bits(y) & long.MinValue));

    // The next double towards +infinity; NaN and +infinity stay, -0 and 0 go to Epsilon.
    public static double BitIncrement(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        if (double.IsNaN(x) || x == double.PositiveInfinity)
            return x;
        if (bits == long.MinValue)
            return double.Epsilon;
        return BitConverter.Int64BitsToDouble(bits < 0 ? bits - 1 : bits + 1);
    }

    public static double BitDecrement(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        if (double.IsNaN(x) || x == double.NegativeInfinity)
            return x;
        if (bits == 0)
            return -double.Epsilon;
        return BitConverter.Int64BitsToDouble(bits < 0 ? bits + 1 : bits - 1);
    }

    // x * 2^n, in steps that stay exact until the final result over- or underflows.
    public static double ScaleB(double x, int n)
    {
        if (n > 2098)
            n = 2098;
        if (n < -2098)
            n = -2098;
        while (n > 1000)
        {
            x *= BitConverter.Int64BitsToDouble((long)(1000 + 1023) << 52);
            n -= 1000;
        }
        while (n < -1000)
        {
            x *= BitConverter.Int64BitsToDouble((long)(-1000 + 1023) << 52);
            n += 1000;
        }
        return x * BitConverter.Int64BitsToDouble((long)(n + 1023) << 52);
    }

    // The unbiased exponent of x (subnormals normalised), as .NET's.
    public static int ILogB(double x)
    {
        if (double.IsNaN(x))
            return NaNExponent;
        if (double.IsInfinity(x))
            return int.MaxValue;
        if (x == 0)
            return ZeroExponent;
        long bits = BitConverter.DoubleToInt64Bits(x) & long.MaxValue;
        int exponent = (int)(bits >> 52);
        if (exponent != 0)
            return exponent - 1023;
        int normalise = 0;
        while ((bits & (1L << 52)) == 0)
        {
            bits <<= 1;
            normalise++;
        }
        return -1022 - normalise;
    }
}
