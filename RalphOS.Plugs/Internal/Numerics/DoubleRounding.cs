// DoubleRounding: Floor, Ceiling, Truncate, Round (to even, like Math.Round(double)) and Abs
// by bit manipulation, giving exactly .NET's results including signed zeros, NaN and the
// infinities. Callers: FloatMath (System.Math in RalphOS.Plugs).
using System.Runtime.CompilerServices;

namespace Internal.Numerics;

internal static class DoubleRounding
{
    private const ulong SignBit = 0x8000_0000_0000_0000UL;
    private const int FractionBits = 52;
    private const double TwoPow52 = 4503599627370496.0;

    public static double Truncate(double x)
    {
        ulong bits = DoubleDouble.Bits(x);
        int exponent = DoubleDouble.BiasedExponent(x) - 1023;
        if (exponent >= FractionBits)
        {
            return x; // already whole, or NaN/infinity
        }
        if (exponent < 0)
        {
            return DoubleDouble.FromBits(bits & SignBit);
        }
        ulong fractionMask = (1UL << (FractionBits - exponent)) - 1;
        return DoubleDouble.FromBits(bits & ~fractionMask);
    }

    public static double Floor(double x)
    {
        double whole = Truncate(x);
        return x < 0 && whole != x ? whole - 1 : whole;
    }

    public static double Ceiling(double x)
    {
        double whole = Truncate(x);
        return x > 0 && whole != x ? whole + 1 : whole;
    }

    // Nearest integer, ties to even; keeps the sign of x (Round(-0.4) is -0).
    public static double Round(double x)
    {
        double magnitude = Abs(x);
        if (!(magnitude < TwoPow52))
        {
            return x; // already whole, or NaN/infinity
        }
        // Adding 2^52 leaves no fraction bits, so IEEE round-to-nearest-even does the work.
        double rounded = (magnitude + TwoPow52) - TwoPow52;
        return DoubleDouble.CopySign(rounded, x);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // see DoubleDouble
    public static double Abs(double x) => DoubleDouble.FromBits(DoubleDouble.Bits(x) & ~SignBit);
}
