// Power: x^y with the IEEE 754 / C99 special cases that .NET's Math.Pow follows, computed as
// e^(y ln x) with ln x and the product carried as double-doubles (ExponentialCore), so large
// results keep full precision. Interface: Pow(x, y). Caller: FloatMath.
namespace Internal.Numerics;

internal static class Power
{
    private const double TwoPow53 = 9007199254740992.0;
    private const double TwoPow64 = 18446744073709551616.0;
    private const double OverflowExponent = 709.79; // just above ln(double.MaxValue)
    private const double UnderflowExponent = -745.2; // just below ln(double.Epsilon / 2)

    public static double Pow(double x, double y)
    {
        if (y == 0 || x == 1)
        {
            return 1;
        }
        if (DoubleDouble.IsNaN(x) || DoubleDouble.IsNaN(y))
        {
            return DoubleDouble.NaN;
        }
        double ax = DoubleRounding.Abs(x);
        double ay = DoubleRounding.Abs(y);
        if (ay == DoubleDouble.PositiveInfinity)
        {
            if (ax == 1)
            {
                return 1;
            }
            return (ax > 1) == (y > 0) ? DoubleDouble.PositiveInfinity : 0;
        }
        bool yIsInteger = DoubleRounding.Truncate(y) == y;
        bool yIsOdd = yIsInteger && ay < TwoPow53 && ((long)ay & 1) != 0;
        bool negativeResult = x < 0 || (x == 0 && DoubleDouble.Bits(x) != 0) ? yIsOdd : false;
        if (x == 0 || ax == DoubleDouble.PositiveInfinity)
        {
            bool large = (x != 0) == (y > 0);
            double magnitude = large ? DoubleDouble.PositiveInfinity : 0;
            return negativeResult ? -magnitude : magnitude;
        }
        if (x < 0 && !yIsInteger)
        {
            return DoubleDouble.NaN;
        }
        double result = ax == 1 ? 1 : PositivePower(ax, y);
        return negativeResult ? -result : result;
    }

    // ax^y for finite ax > 0, ax != 1, finite y != 0.
    private static double PositivePower(double ax, double y)
    {
        double logHigh = ExponentialCore.Log(ax, out double logLow);
        if (DoubleRounding.Abs(y) >= TwoPow64)
        {
            // |ln ax| >= 2^-53 here, so |y ln ax| >= 2^11: certainly out of range.
            return (y > 0) == (logHigh > 0) ? DoubleDouble.PositiveInfinity : 0;
        }
        double zHigh = DoubleDouble.TwoProduct(y, logHigh, out double zError);
        double zLow = zError + y * logLow;
        if (zHigh > OverflowExponent)
        {
            return DoubleDouble.PositiveInfinity;
        }
        if (zHigh < UnderflowExponent)
        {
            return 0;
        }
        zHigh = DoubleDouble.FastTwoSum(zHigh, zLow, out zLow);
        return ExponentialCore.Exp(zHigh, zLow);
    }
}
