// Hyperbolic: Sinh, Cosh, Tanh and their inverses, and Log1p and Cbrt which they and Math
// share, built on ExponentialCore and FloatMath with .NET's special values (signed zeros,
// infinities, NaN, out-of-domain NaN). Small arguments use series or the log1p identity so
// that no cancellation loses digits; large ones exponentiate x - ln 2 in double-double so
// that sinh(710) stays finite. Interface: Sinh, Cosh, Tanh, Asinh, Acosh, Atanh, Log1p,
// Cbrt. Caller: FloatMath.
namespace Internal.Numerics;

internal static class Hyperbolic
{
    private const double SeriesLimit = 0.5;      // below it sinh uses its Taylor series
    private const double NegligibleInverse = 22;  // e^-22 < 2^-63: sinh x = cosh x = e^x / 2
    private const double TanhSaturation = 22;     // tanh x rounds to +-1 beyond
    private const double TanhSeriesLimit = 0.0009765625; // 2^-10: four terms of the series
    private const double TwoPow28 = 268435456.0;  // acosh/asinh x = ln 2x beyond (x^2 + 1 = x^2)

    public static double Sinh(double x)
    {
        if (DoubleDouble.IsNaN(x) || x == 0)
            return x;
        double ax = DoubleRounding.Abs(x);
        double result;
        if (ax < SeriesLimit)
            result = SinhSeries(ax);
        else if (ax > NegligibleInverse)
            result = HalfExp(ax);
        else
            result = HalfSumWithInverse(ax, -1);
        return x < 0 ? -result : result;
    }

    public static double Cosh(double x)
    {
        if (DoubleDouble.IsNaN(x))
            return x;
        double ax = DoubleRounding.Abs(x);
        if (ax > NegligibleInverse)
            return HalfExp(ax);
        return HalfSumWithInverse(ax, 1);
    }

    public static double Tanh(double x)
    {
        if (DoubleDouble.IsNaN(x) || x == 0)
            return x;
        double ax = DoubleRounding.Abs(x);
        double result;
        if (ax > TanhSaturation)
            result = 1;
        else if (ax < TanhSeriesLimit)
            result = ax - ax * ax * ax * (1.0 / 3 - ax * ax * (2.0 / 15 - ax * ax * (17.0 / 315)));
        else
            result = TanhFromExp(ax);
        return x < 0 ? -result : result;
    }

    public static double Asinh(double x)
    {
        if (DoubleDouble.IsNaN(x) || x == 0 || x == DoubleDouble.PositiveInfinity || x == DoubleDouble.NegativeInfinity)
            return x;
        double ax = DoubleRounding.Abs(x);
        double result;
        if (ax > TwoPow28)
            result = FloatMath.Log(ax) + MathTables.Ln2High + MathTables.Ln2Low;
        else if (ax < SeriesLimit)
            result = ax + InverseSeriesTail(ax, alternating: true);
        else
            // asinh x = log1p(x + x^2 / (1 + sqrt(1 + x^2))): no cancellation for small x.
            result = Log1p(ax + ax * ax / (1 + SquareRoot.Sqrt(1 + ax * ax)));
        return x < 0 ? -result : result;
    }

    public static double Acosh(double x)
    {
        if (DoubleDouble.IsNaN(x) || x < 1)
            return DoubleDouble.NaN;
        if (x == DoubleDouble.PositiveInfinity)
            return x;
        if (x > TwoPow28)
            return FloatMath.Log(x) + MathTables.Ln2High + MathTables.Ln2Low;
        double t = x - 1; // exact for x in [1, 2]
        return Log1p(t + SquareRoot.Sqrt(2 * t + t * t));
    }

    public static double Atanh(double x)
    {
        if (DoubleDouble.IsNaN(x) || x > 1 || x < -1)
            return DoubleDouble.NaN;
        if (x == 0)
            return x;
        double ax = DoubleRounding.Abs(x);
        // For x >= 1/2, 1 - x and 2x are exact, so only the quotient rounds.
        double result = ax == 1 ? DoubleDouble.PositiveInfinity
            : ax < SeriesLimit ? ax + InverseSeriesTail(ax, alternating: false)
            : 0.5 * Log1p(2 * ax / (1 - ax));
        return x < 0 ? -result : result;
    }

    // ln(1 + x), accurate for tiny x: the rounding of 1 + x is undone by scaling with
    // x / ((1 + x) - 1) (Goldberg, "What every computer scientist should know", 1991).
    public static double Log1p(double x)
    {
        if (x == DoubleDouble.PositiveInfinity)
            return x;
        double u = 1 + x;
        if (u == 1)
            return x;
        return FloatMath.Log(u) * (x / (u - 1));
    }

    public static double Cbrt(double x)
    {
        if (DoubleDouble.IsNaN(x) || x == 0 || x == DoubleDouble.PositiveInfinity || x == DoubleDouble.NegativeInfinity)
            return x;
        double ax = DoubleRounding.Abs(x);
        // Scale into [1, 8) by a power of 8 so the Newton step below cannot overflow.
        int exponent = DoubleDouble.BiasedExponent(ax) == 0 ? -1074 : DoubleDouble.BiasedExponent(ax) - 1023;
        int thirds = exponent >= 0 ? exponent / 3 : -((-exponent + 2) / 3);
        double scaled = DoubleDouble.Scale(ax, -3 * thirds);
        double root = FloatMath.Pow(scaled, 1.0 / 3);
        // One Newton step on r^3 = a with r^3 in double-double: r -= (r^3 - a) / (3 r^2).
        double square = DoubleDouble.TwoProduct(root, root, out double squareLow);
        double cube = DoubleDouble.TwoProduct(square, root, out double cubeLow);
        cubeLow += squareLow * root;
        double residual = (cube - scaled) + cubeLow;
        root -= residual / (3 * square);
        double result = DoubleDouble.Scale(root, thirds);
        return x < 0 ? -result : result;
    }

    // The series of asinh (alternating: x - x^3/6 + 3x^5/40 - ...; coefficients from
    // a(n+1) = -a(n) (2n+1)/(2n+2), each divided by 2n+1) or of atanh (x^3/3 + x^5/5 + ...)
    // less its first term, for 0 < x < 1/2: 27 terms leave a remainder below 2^-55 of x.
    private static double InverseSeriesTail(double x, bool alternating)
    {
        const int Terms = 27;
        double x2 = x * x;
        double power = x;
        double coefficient = 1;
        double tail = 0;
        for (int n = 1; n <= Terms; n++)
        {
            power *= x2;
            if (alternating)
                coefficient *= -(2.0 * n - 1) / (2.0 * n);
            tail += power * (coefficient / (2 * n + 1));
        }
        return tail;
    }

    // sinh x for 0 < x < 0.5: Taylor series to x^21 (remainder below 2^-60 relative).
    private static double SinhSeries(double x)
    {
        double x2 = x * x;
        double tail = x2 * (1.0 / 6 + x2 * (1.0 / 120 + x2 * (1.0 / 5040 + x2 * (1.0 / 362880 + x2 * (1.0 / 39916800
            + x2 * (1.0 / 6227020800 + x2 * (1.0 / 1307674368000 + x2 * (1.0 / 355687428096000
            + x2 * (1.0 / 121645100408832000 + x2 * (1.0 / 51090942171709440000.0))))))))));
        return x + x * tail;
    }

    // (e^x + sign e^-x) / 2 with e^x and its inverse as double-doubles, so neither rounding
    // is magnified by the difference.
    private static double HalfSumWithInverse(double x, double sign)
    {
        double e = ExponentialCore.Exp(x, 0, out double eLow);
        double inverse = 1 / e;
        double product = DoubleDouble.TwoProduct(e, inverse, out double productError);
        double inverseLow = ((1 - product) - productError - eLow * inverse) / e;
        double sum = DoubleDouble.TwoSum(e, sign * inverse, out double sumError);
        return 0.5 * (sum + (sumError + eLow + sign * inverseLow));
    }

    // tanh x = (e^2x - 1) / (e^2x + 1), numerator and denominator as double-doubles
    // (e^2x - 1 is exact in its high part for 2x below ln 2, where it matters).
    private static double TanhFromExp(double x)
    {
        double e = ExponentialCore.Exp(2 * x, 0, out double eLow);
        double numerator = DoubleDouble.TwoSum(e, -1, out double numeratorLow);
        numeratorLow += eLow;
        double denominator = DoubleDouble.TwoSum(e, 1, out double denominatorLow);
        denominatorLow += eLow;
        double quotient = numerator / denominator;
        double product = DoubleDouble.TwoProduct(quotient, denominator, out double productError);
        return quotient + ((numerator - product) - productError + numeratorLow - quotient * denominatorLow) / denominator;
    }

    // e^x / 2 = e^(x - ln 2), the subtraction kept in double-double; overflows to infinity.
    private static double HalfExp(double x)
    {
        if (x > 711)
            return DoubleDouble.PositiveInfinity;
        double high = DoubleDouble.TwoSum(x, -MathTables.Ln2High, out double low);
        return ExponentialCore.Exp(high, low - MathTables.Ln2Low);
    }
}
