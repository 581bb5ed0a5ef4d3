// Math: rounding, roots, powers, logarithms and trigonometry, with .NET's results (within
// one ulp; rounding and Sqrt exactly). The algorithms are in Internal.Numerics.FloatMath,
// tested on the host against .NET.
using Internal.Numerics;

namespace System;

public static partial class Math
{
    public static double Floor(double d) => FloatMath.Floor(d);
    public static double Ceiling(double a) => FloatMath.Ceiling(a);
    public static double Truncate(double d) => FloatMath.Truncate(d);

    // Banker's rounding (to even), as Math.Round(double).
    public static double Round(double a) => FloatMath.Round(a);

    public static double Sqrt(double d) => FloatMath.Sqrt(d);
    public static double Pow(double x, double y) => FloatMath.Pow(x, y);
    public static double Exp(double d) => FloatMath.Exp(d);
    public static double Log(double d) => FloatMath.Log(d);
    public static double Log10(double d) => FloatMath.Log10(d);
    public static double Sin(double a) => FloatMath.Sin(a);
    public static double Cos(double d) => FloatMath.Cos(d);
    public static double Tan(double a) => FloatMath.Tan(a);
    public static double Atan(double d) => FloatMath.Atan(d);
    public static double Atan2(double y, double x) => FloatMath.Atan2(y, x);
}
