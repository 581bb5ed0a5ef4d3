// SquareRoot: correctly rounded square root (bit-identical to the SSE2 sqrtsd instruction
// that .NET's Math.Sqrt uses) without hardware support: Newton's iteration gets within an
// ulp, then exact 128-bit integer comparisons against the midpoints between neighbouring
// doubles fix the last bit. Sqrt(-0) = -0, Sqrt(negative) = NaN, Sqrt(+Inf) = +Inf.
// Interface: Sqrt(x). Caller: FloatMath. (The kernel may later map it to sqrtsd.)
namespace Internal.Numerics;

internal static class SquareRoot
{
    private const ulong DefaultNaNBits = 0xFFF8_0000_0000_0000UL; // what sqrtsd returns
    private const int NewtonSteps = 3;
    private const int MaxCorrections = 4;

    public static double Sqrt(double x)
    {
        if (DoubleDouble.IsNaN(x) || x == 0 || x == DoubleDouble.PositiveInfinity)
        {
            return x;
        }
        if (x < 0)
        {
            return DoubleDouble.FromBits(DefaultNaNBits);
        }
        Decompose(x, out ulong m, out int e); // x = m * 2^e, m has exactly 53 bits
        // Reduce to y in [1, 4) times an even power of two and iterate from a linear guess.
        int unbiased = e + 52;
        int half = unbiased >> 1; // floor
        double y = DoubleDouble.FromBits((ulong)(unbiased - 2 * half + 1023) << 52 | (m & ((1UL << 52) - 1)));
        // A quadratic fit of sqrt on [1, 4) (within 0.7%); each Newton step squares the error.
        double root = 0.503 + y * (0.539 - y * 0.042);
        for (int i = 0; i < NewtonSteps; i++)
        {
            root = 0.5 * (root + y / root);
        }
        ulong bits = DoubleDouble.Bits(root) + ((ulong)(long)half << 52);
        for (int i = 0; i < MaxCorrections; i++)
        {
            if (CompareMidpointSquare(bits, m, e) < 0)
            {
                bits++; // x lies above the midpoint to the successor
                continue;
            }
            if (CompareMidpointSquare(bits - 1, m, e) > 0)
            {
                bits--; // x lies below the midpoint to the predecessor
                continue;
            }
            break;
        }
        return DoubleDouble.FromBits(bits);
    }

    // x = m * 2^e with m in [2^52, 2^53), for positive finite x.
    private static void Decompose(double x, out ulong m, out int e)
    {
        ulong bits = DoubleDouble.Bits(x);
        int biased = (int)(bits >> 52);
        m = bits & ((1UL << 52) - 1);
        if (biased == 0)
        {
            int shift = WideMath.LeadingZeroCount(m) - 11;
            m <<= shift;
            e = -1074 - shift;
        }
        else
        {
            m |= 1UL << 52;
            e = biased - 1075;
        }
    }

    // Sign of (midpoint between double `bits` and its successor)^2 - m * 2^e.
    private static int CompareMidpointSquare(ulong bits, ulong m, int e)
    {
        Decompose(DoubleDouble.FromBits(bits), out ulong r, out int f);
        ulong odd = 2 * r + 1; // midpoint = odd * 2^(f-1), square = odd^2 * 2^(2f-2)
        ulong squareLow = WideMath.Multiply(odd, odd, out ulong squareHigh);
        int shift = e - (2 * f - 2); // compare odd^2 with m * 2^shift
        if (shift < 0 || shift > 74)
        {
            return shift < 0 ? 1 : -1; // cannot happen for candidates within an ulp
        }
        ulong xHigh = shift == 0 ? 0 : m >> (64 - shift);
        ulong xLow = m << shift;
        if (shift >= 64)
        {
            xHigh = m << (shift - 64);
            xLow = 0;
        }
        if (squareHigh != xHigh)
        {
            return squareHigh < xHigh ? -1 : 1;
        }
        return squareLow == xLow ? 0 : (squareLow < xLow ? -1 : 1);
    }
}
