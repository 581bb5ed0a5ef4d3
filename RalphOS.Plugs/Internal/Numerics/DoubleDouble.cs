// DoubleDouble: error-free transformations (Knuth's TwoSum, Dekker's TwoProduct) and bit
// helpers used to carry about 106 bits through the elementary functions in FloatMath.
// A "double-double" is a pair (high, low) with |low| <= ulp(high)/2 whose sum is the value.
// Relies on IEEE double arithmetic without fused multiply-add, which both .NET's JIT and ILC
// guarantee (they never contract a*b+c). Callers: the FloatMath implementation files.
using System.Runtime.CompilerServices;

namespace Internal.Numerics;

// These helpers sit in the inner loops of every function. ILC, compiling ahead of time
// without profile data, left even the three-instruction ones as calls, so they are marked
// for inlining. Bits and FromBits use BitConverter, which the compiler turns into a
// register move: a pointer cast of a parameter would force it through memory and block
// inlining even when asked for.
internal static unsafe class DoubleDouble
{
    // Written as constant expressions so no System.Double constants are needed in the kernel.
    public const double PositiveInfinity = 1.0 / 0.0;
    public const double NegativeInfinity = -1.0 / 0.0;
    public const double NaN = 0.0 / 0.0;

    // 2^27 + 1: splits a double into two halves of at most 26 significant bits (Dekker 1971).
    private const double SplitFactor = 134217729.0;

    // Rounds to an integer (as a double) for |x| < 2^51, ties to even, by IEEE addition.
    private const double RoundingShift = 6755399441055744.0; // 1.5 * 2^52

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TwoSum(double a, double b, out double error)
    {
        double sum = a + b;
        double bPart = sum - a;
        error = (a - (sum - bPart)) + (b - bPart);
        return sum;
    }

    // Requires |a| >= |b| (or a == 0).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double FastTwoSum(double a, double b, out double error)
    {
        double sum = a + b;
        error = b - (sum - a);
        return sum;
    }

    // Exact a * b = product + error; requires |a|, |b| < 2^995 (no overflow in the split).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TwoProduct(double a, double b, out double error)
    {
        double product = a * b;
        Split(a, out double aHigh, out double aLow);
        Split(b, out double bHigh, out double bLow);
        error = ((aHigh * bHigh - product) + aHigh * bLow + aLow * bHigh) + aLow * bLow;
        return product;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Split(double a, out double high, out double low)
    {
        double scaled = SplitFactor * a;
        high = scaled - (scaled - a);
        low = a - high;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double RoundToInteger(double x) => (x + RoundingShift) - RoundingShift;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Bits(double x) => System.BitConverter.DoubleToUInt64Bits(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double FromBits(ulong bits) => System.BitConverter.UInt64BitsToDouble(bits);

    // 2^exponent for exponent in [-1022, 1023].
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double PowerOfTwo(int exponent) => FromBits((ulong)(exponent + 1023) << 52);

    // x * 2^exponent for |exponent| <= 2044, in two exact steps while the result is normal.
    public static double Scale(double x, int exponent)
    {
        int first = exponent / 2;
        return x * PowerOfTwo(first) * PowerOfTwo(exponent - first);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double CopySign(double magnitude, double sign)
    {
        return FromBits((Bits(magnitude) & 0x7FFF_FFFF_FFFF_FFFFUL) | (Bits(sign) & 0x8000_0000_0000_0000UL));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNaN(double x) => (Bits(x) & 0x7FFF_FFFF_FFFF_FFFFUL) > 0x7FF0_0000_0000_0000UL;

    // Biased exponent field (0 for zero and subnormals, 2047 for infinities and NaN).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int BiasedExponent(double x) => (int)(Bits(x) >> 52) & 0x7FF;
}
