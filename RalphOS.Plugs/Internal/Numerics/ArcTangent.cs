// ArcTangent: Atan and Atan2 with the C99/IEEE special cases .NET's Math follows (signed zeros,
// infinities, NaN) and about half an ulp of error: the argument is reduced to [0, 1] (via
// pi/2 - atan(1/u)), then by atan(u) = atan(c) + atan((u - c)/(1 + u c)) with c = j/16 from
// MathTables, leaving |t| <= 1/32 for a short Taylor series; everything in double-double.
// Interface: Atan(x), Atan2(y, x). Caller: FloatMath.
namespace Internal.Numerics;

internal static class ArcTangent
{
    private const double TinyArgument = 1.4901161193847656e-08; // 2^-26: atan x = x
    private const double HugeArgument = 1.152921504606846976e18; // 2^60: atan x = pi/2
    private const int ExponentGapLimit = 60;
    private const int TableScale = 16;

    public static double Atan(double x)
    {
        if (DoubleDouble.IsNaN(x))
        {
            return x;
        }
        double ax = DoubleRounding.Abs(x);
        double result;
        if (ax < TinyArgument)
        {
            return x;
        }
        if (ax <= 1)
        {
            double high = AtanOfUnit(ax, 0, out double low);
            result = high + low;
        }
        else if (ax >= HugeArgument)
        {
            result = MathTables.PiOver2High + MathTables.PiOver2Low;
        }
        else
        {
            double uHigh = Quotient(1, ax, out double uLow);
            result = PiOver2Minus(uHigh, uLow);
        }
        return x < 0 ? -result : result;
    }

    public static double Atan2(double y, double x)
    {
        if (DoubleDouble.IsNaN(x) || DoubleDouble.IsNaN(y))
        {
            return DoubleDouble.NaN;
        }
        bool xNegative = (long)DoubleDouble.Bits(x) < 0; // -0 counts as negative here
        double ay = DoubleRounding.Abs(y);
        double ax = DoubleRounding.Abs(x);
        double result;
        if (ay == 0)
        {
            result = xNegative ? MathTables.PiHigh : 0;
        }
        else if (ax == 0 || (ay == DoubleDouble.PositiveInfinity && ax != DoubleDouble.PositiveInfinity))
        {
            result = MathTables.PiOver2High;
        }
        else if (ax == DoubleDouble.PositiveInfinity)
        {
            result = ay == DoubleDouble.PositiveInfinity
                ? (xNegative ? 3 * (MathTables.PiHigh / 4) : MathTables.PiHigh / 4)
                : (xNegative ? MathTables.PiHigh : 0);
        }
        else
        {
            result = FiniteAtan2(ay, ax, xNegative);
        }
        return DoubleDouble.CopySign(result, y);
    }

    // atan2(ay, ax) for finite positive ay, ax.
    private static double FiniteAtan2(double ay, double ax, bool xNegative)
    {
        int gap = DoubleDouble.BiasedExponent(ay) - DoubleDouble.BiasedExponent(ax);
        double high, low;
        if (gap > ExponentGapLimit)
        {
            high = MathTables.PiOver2High;
            low = MathTables.PiOver2Low;
        }
        else if (gap < -ExponentGapLimit)
        {
            if (!xNegative)
            {
                return ay / ax;
            }
            high = 0;
            low = ay / ax;
        }
        else
        {
            // Bring both near 1 so the exact products below cannot overflow or underflow.
            int shift = (DoubleDouble.BiasedExponent(ax) == 0 ? -1022 : DoubleDouble.BiasedExponent(ax) - 1023);
            ay = DoubleDouble.Scale(ay, -shift);
            ax = DoubleDouble.Scale(ax, -shift);
            if (ay <= ax)
            {
                double qHigh = Quotient(ay, ax, out double qLow);
                high = AtanOfUnit(qHigh, qLow, out low);
            }
            else
            {
                double uHigh = Quotient(ax, ay, out double uLow);
                double aHigh = AtanOfUnit(uHigh, uLow, out double aLow);
                high = DoubleDouble.TwoSum(MathTables.PiOver2High, -aHigh, out double error);
                low = error + MathTables.PiOver2Low - aLow;
            }
        }
        if (xNegative)
        {
            double piHigh = DoubleDouble.TwoSum(MathTables.PiHigh, -high, out double error);
            return piHigh + (error + MathTables.PiLow - low);
        }
        return high + low;
    }

    private static double PiOver2Minus(double uHigh, double uLow)
    {
        double aHigh = AtanOfUnit(uHigh, uLow, out double aLow);
        double high = DoubleDouble.TwoSum(MathTables.PiOver2High, -aHigh, out double error);
        return high + (error + MathTables.PiOver2Low - aLow);
    }

    // a / b as a double-double; a and b positive with exponents near each other.
    private static double Quotient(double a, double b, out double low)
    {
        double q = a / b;
        double product = DoubleDouble.TwoProduct(q, b, out double productError);
        low = ((a - product) - productError) / b;
        return q;
    }

    // atan(uHigh + uLow) for 0 <= u <= 1 as a double-double.
    private static double AtanOfUnit(double uHigh, double uLow, out double low)
    {
        int j = (int)DoubleDouble.RoundToInteger(uHigh * TableScale);
        double c = j * (1.0 / TableScale);
        double numerator = DoubleDouble.TwoSum(uHigh - c, uLow, out double numeratorLow); // uHigh - c exact
        double product = DoubleDouble.TwoProduct(uHigh, c, out double productError);
        double denominator = DoubleDouble.FastTwoSum(1, product, out double denominatorLow);
        denominatorLow += productError + uLow * c;
        double t = numerator / denominator;
        double tProduct = DoubleDouble.TwoProduct(t, denominator, out double tProductError);
        double tLow = (((numerator - tProduct) - tProductError) + numeratorLow - t * denominatorLow) / denominator;
        double t2 = t * t;
        // atan(t) - t for |t| <= 1/32: Taylor to t^17 (remainder below 2^-100).
        double tail = -t * t2 * (1.0 / 3 - t2 * (1.0 / 5 - t2 * (1.0 / 7 - t2 * (1.0 / 9 - t2 * (1.0 / 11
            - t2 * (1.0 / 13 - t2 * (1.0 / 15 - t2 * (1.0 / 17))))))));
        double high = DoubleDouble.TwoSum(MathTables.AtanOfSixteenths[2 * j], t, out double sumError);
        low = sumError + MathTables.AtanOfSixteenths[2 * j + 1] + tLow + tail;
        return DoubleDouble.FastTwoSum(high, low, out low);
    }
}
