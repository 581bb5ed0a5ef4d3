// ExponentialCore: e^(high + low) for a double-double argument, and ln(x) as a double-double,
// the shared engines of Exp, Log, Log10 and Pow. Both reduce by tables (MathTables) to a tiny
// argument evaluated by its Taylor series, keeping about 70 correct bits before the final
// rounding. Interface: Exp(high, low), Log(x, out low). Callers: FloatMath, Power.
namespace Internal.Numerics;

internal static class ExponentialCore
{
    private const int TableBits = 5; // 32 entries of 2^(j/32)
    private const double TwoPow54 = 18014398509481984.0;
    private const int LogTableScale = 64;
    // Mantissas at or above 94.5/64 are halved so j = round(64 m) stays within the table.
    private const double LogMantissaLimit = 1.4765625;

    // e^(high + low) for |high| <= 746 (about the range where the result is neither 0 nor
    // infinite); overflows to infinity and underflows to 0 naturally beyond.
    public static double Exp(double high, double low) => Exp(high, low, out _);

    // The same, with the rounding error of the result in resultLow (a double-double e^x
    // for the hyperbolic functions, whose differences would magnify a rounded e^x).
    public static double Exp(double high, double low, out double resultLow)
    {
        double nd = DoubleDouble.RoundToInteger(high * MathTables.ThirtyTwoOverLn2);
        int n = (int)nd;
        // high - n*ln2/32 is exact: n * Ln2Over32High is exact and the operands are close.
        double t = high - nd * MathTables.Ln2Over32High;
        double u = nd * MathTables.Ln2Over32Low - low;
        double r = t - u;
        double rLow = (t - r) - u;
        // e^r - 1 for |r| <= ln2/64: Taylor to r^7 (remainder below 2^-67).
        double p = r + r * r * (1.0 / 2 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120
            + r * (1.0 / 720 + r * (1.0 / 5040))))));
        p += rLow * (1 + p);
        int j = n & ((1 << TableBits) - 1);
        int k = n >> TableBits;
        double tableHigh = MathTables.Exp2Fractions[2 * j];
        double tableLow = MathTables.Exp2Fractions[2 * j + 1];
        double result = DoubleDouble.FastTwoSum(tableHigh, tableLow + tableHigh * p + tableLow * p, out double error);
        resultLow = DoubleDouble.Scale(error, k);
        return DoubleDouble.Scale(result, k);
    }

    // ln(x) = high + low for positive finite x, about 2^-70 absolute accuracy (relative for x
    // near 1).
    public static double Log(double x, out double low)
    {
        int k = 0;
        if (DoubleDouble.BiasedExponent(x) == 0)
        {
            x *= TwoPow54;
            k = -54;
        }
        ulong bits = DoubleDouble.Bits(x);
        k += (int)(bits >> 52) - 1023;
        double m = DoubleDouble.FromBits((bits & ((1UL << 52) - 1)) | (1023UL << 52)); // [1, 2)
        if (m >= LogMantissaLimit)
        {
            m *= 0.5;
            k++;
        }
        int j = (int)DoubleDouble.RoundToInteger(m * LogTableScale);
        double c = j * (1.0 / LogTableScale);
        double d = m - c; // exact (Sterbenz)
        // s = d / (m + c) as a double-double; ln(m / c) = 2 atanh(s).
        double sumHigh = DoubleDouble.TwoSum(m, c, out double sumLow);
        double s = d / sumHigh;
        double product = DoubleDouble.TwoProduct(s, sumHigh, out double productError);
        double sLow = (((d - product) - productError) - s * sumLow) / sumHigh;
        double s2 = s * s;
        // 2 atanh(s) - 2s for |s| <= 1/188: series to s^9 (remainder below 2^-80).
        double tail = s * s2 * (2.0 / 3 + s2 * (2.0 / 5 + s2 * (2.0 / 7 + s2 * (2.0 / 9))));

        int index = 2 * (j - MathTables.LogTableFirst);
        double a = DoubleDouble.TwoSum(k * MathTables.Ln2High, MathTables.LogOfSixtyFourths[index], out double aError);
        double total = DoubleDouble.TwoSum(a, 2 * s, out double totalError);
        double rest = aError + totalError + k * MathTables.Ln2Low + MathTables.LogOfSixtyFourths[index + 1]
            + 2 * sLow + tail;
        double high = DoubleDouble.FastTwoSum(total, rest, out low);
        return high;
    }
}
