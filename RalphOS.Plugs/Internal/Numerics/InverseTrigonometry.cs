// InverseTrigonometry: Asin and Acos through ArcTangent.Atan2, with the cosine side
// sqrt(1 - x^2) computed from (1 - x)(1 + x) in double-double and rounded once, so the
// result stays within about an ulp of .NET's even where x is close to 1. Out-of-range
// arguments give NaN, as .NET's. Interface: Asin(x), Acos(x). Caller: FloatMath.
namespace Internal.Numerics;

internal static class InverseTrigonometry
{
    public static double Asin(double x)
    {
        if (DoubleDouble.IsNaN(x) || x > 1 || x < -1)
            return DoubleDouble.NaN;
        if (x == 0)
            return x; // keeps the sign of -0
        return ArcTangent.Atan2(x, CosineSide(x));
    }

    public static double Acos(double x)
    {
        if (DoubleDouble.IsNaN(x) || x > 1 || x < -1)
            return DoubleDouble.NaN;
        if (x == 1)
            return 0;
        return ArcTangent.Atan2(CosineSide(x), x);
    }

    // sqrt(1 - x^2) for |x| <= 1, accurate to half an ulp.
    private static double CosineSide(double x)
    {
        double ax = DoubleRounding.Abs(x);
        double aHigh = DoubleDouble.TwoSum(1, -ax, out double aLow);
        double bHigh = DoubleDouble.TwoSum(1, ax, out double bLow);
        double productHigh = DoubleDouble.TwoProduct(aHigh, bHigh, out double productLow);
        productLow += aHigh * bLow + aLow * bHigh;
        double squareHigh = DoubleDouble.FastTwoSum(productHigh, productLow, out double squareLow);
        return SqrtOf(squareHigh, squareLow);
    }

    // The square root of high + low, rounded once: one Newton correction of sqrt(high).
    public static double SqrtOf(double high, double low)
    {
        if (high <= 0)
            return 0;
        double root = SquareRoot.Sqrt(high);
        double square = DoubleDouble.TwoProduct(root, root, out double squareError);
        return root + ((high - square) - squareError + low) / (2 * root);
    }
}
