// Trigonometry: Sin, Cos and Tan with .NET's results on special values (NaN and the
// infinities give NaN, signed zeros are kept) and about half an ulp of error for every finite
// argument: PiOver2Reduction gives r = x - n*pi/2 as a double-double, then Taylor series on
// |r| <= pi/4 with the leading terms in double-double. Interface: Sin, Cos, Tan.
// Caller: FloatMath.
using System.Runtime.CompilerServices;

namespace Internal.Numerics;

internal static class Trigonometry
{
    private const double TinyArgument = 1.4901161193847656e-08; // 2^-26: sin x = tan x = x

    public static double Sin(double x)
    {
        if (!IsFinite(x))
        {
            return DoubleDouble.NaN;
        }
        double ax = DoubleRounding.Abs(x);
        if (ax < TinyArgument)
        {
            return x;
        }
        int n = PiOver2Reduction.Reduce(ax, out double r, out double rLow);
        double result = (n & 1) == 0 ? SinKernel(r, rLow, out double low) : CosKernel(r, rLow, out low);
        result += low;
        result = (n & 2) == 0 ? result : -result;
        return x < 0 ? -result : result;
    }

    public static double Cos(double x)
    {
        if (!IsFinite(x))
        {
            return DoubleDouble.NaN;
        }
        int n = PiOver2Reduction.Reduce(DoubleRounding.Abs(x), out double r, out double rLow);
        double result = (n & 1) == 0 ? CosKernel(r, rLow, out double low) : SinKernel(r, rLow, out low);
        result += low;
        return ((n + 1) & 2) == 0 ? result : -result;
    }

    public static double Tan(double x)
    {
        if (!IsFinite(x))
        {
            return DoubleDouble.NaN;
        }
        double ax = DoubleRounding.Abs(x);
        if (ax < TinyArgument)
        {
            return x;
        }
        int n = PiOver2Reduction.Reduce(ax, out double r, out double rLow);
        double sine = SinKernel(r, rLow, out double sineLow);
        double cosine = CosKernel(r, rLow, out double cosineLow);
        // tan = sin/cos for even n, -cos/sin for odd n; a double-double quotient.
        double result = (n & 1) == 0
            ? Divide(sine, sineLow, cosine, cosineLow)
            : -Divide(cosine, cosineLow, sine, sineLow);
        return x < 0 ? -result : result;
    }

    // sin(r + rLow) = high + low for |r| <= pi/4 (Taylor to r^23, remainder below 2^-90).
    private static double SinKernel(double r, double rLow, out double low)
    {
        double z = r * r;
        double series = z * (1.0 / 120 + z * (-1.0 / 5040 + z * (1.0 / 362880 + z * (-1.0 / 39916800
            + z * (1.0 / 6227020800.0 + z * (-1.0 / 1307674368000.0 + z * (1.0 / 355687428096000.0
            + z * (-1.0 / 121645100408832000.0 + z * (1.0 / 51090942171709440000.0
            + z * (-1.0 / 25852016738884976640000.0))))))))));
        // r^3/6 in double-double, the largest correction.
        double zHigh = DoubleDouble.TwoProduct(r, r, out double zLow);
        double cube = DoubleDouble.TwoProduct(r, zHigh, out double cubeError);
        cubeError += r * zLow;
        double sixth = cube / 6;
        double sixTimes = DoubleDouble.TwoProduct(sixth, 6, out double sixTimesError);
        double sixthLow = (((cube - sixTimes) - sixTimesError) + cubeError) / 6;
        double high = DoubleDouble.TwoSum(r, -sixth, out double sumError);
        low = sumError - sixthLow + r * z * series + rLow * (1 - 0.5 * z);
        return DoubleDouble.FastTwoSum(high, low, out low);
    }

    // cos(r + rLow) = high + low for |r| <= pi/4 (Taylor to r^24).
    private static double CosKernel(double r, double rLow, out double low)
    {
        double zHigh = DoubleDouble.TwoProduct(r, r, out double zLow);
        double z = zHigh;
        double series = z * z * (1.0 / 24 + z * (-1.0 / 720 + z * (1.0 / 40320 + z * (-1.0 / 3628800
            + z * (1.0 / 479001600 + z * (-1.0 / 87178291200.0 + z * (1.0 / 20922789888000.0
            + z * (-1.0 / 6402373705728000.0 + z * (1.0 / 2432902008176640000.0
            + z * (-1.0 / 1124000727777607680000.0 + z * (1.0 / 620448401733239439360000.0)))))))))));
        double halfZ = 0.5 * zHigh; // exact
        double high = DoubleDouble.TwoSum(1, -halfZ, out double sumError);
        low = sumError - 0.5 * zLow + series - r * rLow;
        return DoubleDouble.FastTwoSum(high, low, out low);
    }

    private static double Divide(double aHigh, double aLow, double bHigh, double bLow)
    {
        double q = aHigh / bHigh;
        double product = DoubleDouble.TwoProduct(q, bHigh, out double productError);
        double remainder = ((aHigh - product) - productError) + aLow - q * bLow;
        return q + remainder / bHigh;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // see DoubleDouble
    private static bool IsFinite(double x) => DoubleDouble.BiasedExponent(x) != 0x7FF;
}
