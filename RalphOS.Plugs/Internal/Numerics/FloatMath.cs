// FloatMath: the System.Math functions of the kernel, in plain C# (no hardware intrinsics, no
// base class library), giving .NET's results on special values and staying within an ulp of
// .NET on ordinary ones (MathAccuracyTests measure it). Interface: the static methods below,
// one per Math method; the lead maps System.Math onto them. Implementations live in
// DoubleRounding, SquareRoot, ExponentialCore, Power, Trigonometry and ArcTangent.
namespace Internal.Numerics;

internal static class FloatMath
{
    private const double ExpOverflow = 709.7827128933841;  // above ln(double.MaxValue)
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
}
