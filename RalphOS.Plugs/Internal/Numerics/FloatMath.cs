// FloatMath: the System.Math functions of the kernel, in plain C# (no hardware intrinsics, no
// base class library), giving .NET's results on special values and staying within an ulp of
// .NET on ordinary ones (MathAccuracyTests measure it). Interface: the static methods below,
// one per Math method; the lead maps System.Math onto them. Implementations live in
// DoubleRounding, SquareRoot, ExponentialCore, Power, Trigonometry and ArcTangent.
namespace Internal.Numerics;

internal static class FloatMath
{
    private const double ExpOverflow = 709.7827128933841;  // above ln(double.MaxValue)
    private const double InverseLn2High = 1.4426950408889634;   // 1/ln 2, rounded
    private const double InverseLn2Low = 2.0355273740931033e-17; // 1/ln 2 - InverseLn2High
    private const double ExpUnderflow = -745.1332191019412; // below ln(double.Epsilon / 2)

    public static double Abs(double x) => DoubleRounding.Abs(x);

    public static double Floor(double x) => DoubleRounding.Floor(x);

    public static double Ceiling(double x) => DoubleRounding.Ceiling(x);

    public static double Truncate(double x) => DoubleRounding.Truncate(x);

    public static double Round(double x) => DoubleRounding.Round(x);

    public static double Sqrt(double x) => SquareRoot.Sqrt(x);

    public static double Pow(double x, double y) => Power.Pow(x, y);

    public static double Sin(double x) => Trigonometry.Sin(x);

    public static double Cos(double x) => Trigonometry.Cos(x);

    public static double Tan(double x) => Trigonometry.Tan(x);

    public static double Atan(double x) => ArcTangent.Atan(x);

    public static double Atan2(double y, double x) => ArcTangent.Atan2(y, x);

    public static double Exp(double x)
    {
        if (DoubleDouble.IsNaN(x))
        {
            return x;
        }
        if (x > ExpOverflow)
        {
            return DoubleDouble.PositiveInfinity;
        }
        if (x < ExpUnderflow)
        {
            return 0;
        }
        return ExponentialCore.Exp(x, 0);
    }

    public static double Log(double x)
    {
        if (DoubleDouble.IsNaN(x) || x == DoubleDouble.PositiveInfinity)
        {
            return x;
        }
        if (x == 0)
        {
            return DoubleDouble.NegativeInfinity;
        }
        if (x < 0)
        {
            return DoubleDouble.NaN;
        }
        double high = ExponentialCore.Log(x, out double low);
        return high + low;
    }

    public static double Log10(double x)
    {
        if (DoubleDouble.IsNaN(x) || x == DoubleDouble.PositiveInfinity || x <= 0)
        {
            return Log(x);
        }
        double high = ExponentialCore.Log(x, out double low);
        double product = DoubleDouble.TwoProduct(high, MathTables.InverseLn10High, out double error);
        return product + (error + high * MathTables.InverseLn10Low + low * MathTables.InverseLn10High);
    }

    // ln x times 1/ln 2 in double-double: exact for powers of two.
    public static double Log2(double x)
    {
        if (DoubleDouble.IsNaN(x) || x == DoubleDouble.PositiveInfinity || x <= 0)
        {
            return Log(x);
        }
        double high = ExponentialCore.Log(x, out double low);
        double product = DoubleDouble.TwoProduct(high, InverseLn2High, out double error);
        return product + (error + high * InverseLn2Low + low * InverseLn2High);
    }

    public static double Asin(double x) => InverseTrigonometry.Asin(x);

    public static double Acos(double x) => InverseTrigonometry.Acos(x);

    public static double Sinh(double x) => Hyperbolic.Sinh(x);

    public static double Cosh(double x) => Hyperbolic.Cosh(x);

    public static double Tanh(double x) => Hyperbolic.Tanh(x);

    public static double Asinh(double x) => Hyperbolic.Asinh(x);

    public static double Acosh(double x) => Hyperbolic.Acosh(x);

    public static double Atanh(double x) => Hyperbolic.Atanh(x);

    public static double Cbrt(double x) => Hyperbolic.Cbrt(x);

    // a * b + c rounded once in all but rare double-rounding cases: the product is exact
    // as a double-double, then the three terms are summed with an error-free addition.
    public static double FusedMultiplyAdd(double a, double b, double c)
    {
        double product = DoubleDouble.TwoProduct(a, b, out double productError);
        // A zero product is exact; near overflow the exact product's split overflows (its
        // error is NaN) and the plain expression is the best available.
        if (product == 0 || DoubleDouble.IsNaN(productError) || DoubleDouble.IsNaN(product) || product == DoubleDouble.PositiveInfinity || product == DoubleDouble.NegativeInfinity
            || c == DoubleDouble.PositiveInfinity || c == DoubleDouble.NegativeInfinity)
        {
            return a * b + c;
        }
        double sum = DoubleDouble.TwoSum(product, c, out double sumError);
        return sum + (sumError + productError);
    }
}
