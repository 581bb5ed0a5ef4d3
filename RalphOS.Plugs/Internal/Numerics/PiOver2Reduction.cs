// PiOver2Reduction: writes a positive finite x as n * pi/2 + r with |r| <= pi/4 (plus a
// rounding hair), r as a double-double, for every double. Below 2^19: Cody-Waite, subtracting
// n * pi/2 in three exact-product pieces. Above: Payne-Hanek, multiplying the 53-bit
// significand by the 256 bits of 2/pi that matter at x's exponent, so nothing cancels
// catastrophically even for x near 1e308. Interface: Reduce(x, out high, out low) -> n mod 4.
// Caller: Trigonometry.
namespace Internal.Numerics;

internal static class PiOver2Reduction
{
    private const double PiOver4 = 0.78539816339744828; // slightly below pi/4
    private const int WindowWords = 8; // 256 bits of 2/pi
    private const double CodyWaiteLimit = 524288.0; // 2^19: n < 2^19, so n * CodyWaite1/2 is exact

    public static int Reduce(double x, out double high, out double low)
    {
        if (x <= PiOver4)
        {
            high = x;
            low = 0;
            return 0;
        }
        if (x < CodyWaiteLimit)
        {
            return ReduceMedium(x, out high, out low);
        }
        ulong bits = DoubleDouble.Bits(x);
        ulong m = (bits & ((1UL << 52) - 1)) | (1UL << 52);
        int e = (int)(bits >> 52) - 1075; // x = m * 2^e, e >= -53 here
        // Bits i <= e - 3 of 2/pi (weight 2^-i) only add multiples of 8 to x * 2/pi.
        int firstBit = e - 2 < 1 ? 1 : e - 2;
        int firstWord = (firstBit - 1) >> 5;

        // q = m * (window of 2/pi): five 64-bit words, little-endian.
        ulong q0, q1, q2, q3, q4;
        ulong w0 = Window(firstWord + 6), w1 = Window(firstWord + 4), w2 = Window(firstWord + 2), w3 = Window(firstWord);
        q0 = WideMath.Multiply(m, w0, out ulong carry);
        q1 = WideMath.Multiply(m, w1, out ulong c1) + carry;
        c1 += q1 < carry ? 1UL : 0UL;
        q2 = WideMath.Multiply(m, w2, out ulong c2) + c1;
        c2 += q2 < c1 ? 1UL : 0UL;
        q3 = WideMath.Multiply(m, w3, out ulong c3) + c2;
        c3 += q3 < c2 ? 1UL : 0UL;
        q4 = c3;

        // x * 2/pi = q * 2^-point (point = fraction bits of q).
        int point = 32 * firstWord + 32 * WindowWords - e;
        int n = (int)Extract(q0, q1, q2, q3, q4, point, 2);
        bool negative = Extract(q0, q1, q2, q3, q4, point - 1, 1) != 0;
        // Keep only the fraction (below the point); if it is >= 1/2 use fraction - 1 instead.
        ClearFrom(ref q0, ref q1, ref q2, ref q3, ref q4, point);
        if (negative)
        {
            n++;
            Negate(ref q0, ref q1, ref q2, ref q3, ref q4);
            ClearFrom(ref q0, ref q1, ref q2, ref q3, ref q4, point);
        }
        int top = TopBit(q0, q1, q2, q3, q4);
        ulong upper = Extract(q0, q1, q2, q3, q4, top - 52, 53);
        ulong lower = Extract(q0, q1, q2, q3, q4, top - 105, 53);
        // fraction = upper * 2^(top-52-point) + lower * 2^(top-105-point)
        double fHigh = DoubleDouble.FastTwoSum(
            (long)upper * DoubleDouble.PowerOfTwo(top - 52 - point),
            (long)lower * DoubleDouble.PowerOfTwo(top - 105 - point), out double fLow);
        double rHigh = DoubleDouble.TwoProduct(fHigh, MathTables.PiOver2High, out double rError);
        double rLow = rError + fHigh * MathTables.PiOver2Low + fLow * MathTables.PiOver2High;
        high = DoubleDouble.FastTwoSum(rHigh, rLow, out low);
        if (negative)
        {
            high = -high;
            low = -low;
        }
        return n & 3;
    }

    private static int ReduceMedium(double x, out double high, out double low)
    {
        double n = DoubleDouble.RoundToInteger(x * MathTables.TwoOverPi);
        double t = x - n * MathTables.CodyWaite1; // exact: same sign, within a factor of two
        double r = DoubleDouble.TwoSum(t, -(n * MathTables.CodyWaite2), out double error1);
        r = DoubleDouble.TwoSum(r, -(n * MathTables.CodyWaite3), out double error2);
        high = DoubleDouble.FastTwoSum(r, error1 + error2, out low);
        return (int)n & 3;
    }

    // Two consecutive 32-bit words of 2/pi as one ulong (zero beyond the table).
    private static ulong Window(int word)
    {
        uint[] table = MathTables.TwoOverPiBits;
        ulong high = word < table.Length ? table[word] : 0u;
        ulong low = word + 1 < table.Length ? table[word + 1] : 0u;
        return high << 32 | low;
    }

    // `count` (1..64) bits of the 320-bit number starting at bit `position` (may be negative).
    private static ulong Extract(ulong q0, ulong q1, ulong q2, ulong q3, ulong q4, int position, int count)
    {
        ulong value;
        if (position < 0)
        {
            value = -position >= 64 ? 0 : q0 << -position;
        }
        else
        {
            int index = position >> 6;
            int offset = position & 63;
            value = Word(q0, q1, q2, q3, q4, index) >> offset;
            if (offset != 0)
            {
                value |= Word(q0, q1, q2, q3, q4, index + 1) << (64 - offset);
            }
        }
        return count == 64 ? value : value & ((1UL << count) - 1);
    }

    private static ulong Word(ulong q0, ulong q1, ulong q2, ulong q3, ulong q4, int index)
    {
        return index switch { 0 => q0, 1 => q1, 2 => q2, 3 => q3, 4 => q4, _ => 0 };
    }

    private static void ClearFrom(ref ulong q0, ref ulong q1, ref ulong q2, ref ulong q3, ref ulong q4, int position)
    {
        q0 = Keep(q0, position);
        q1 = Keep(q1, position - 64);
        q2 = Keep(q2, position - 128);
        q3 = Keep(q3, position - 192);
        q4 = Keep(q4, position - 256);
    }

    // The bits of `word` below `count`.
    private static ulong Keep(ulong word, int count)
    {
        return count <= 0 ? 0 : count >= 64 ? word : word & ((1UL << count) - 1);
    }

    private static void Negate(ref ulong q0, ref ulong q1, ref ulong q2, ref ulong q3, ref ulong q4)
    {
        q0 = ~q0 + 1;
        ulong carry = q0 == 0 ? 1UL : 0UL;
        q1 = ~q1 + carry;
        carry = carry != 0 && q1 == 0 ? 1UL : 0UL;
        q2 = ~q2 + carry;
        carry = carry != 0 && q2 == 0 ? 1UL : 0UL;
        q3 = ~q3 + carry;
        carry = carry != 0 && q3 == 0 ? 1UL : 0UL;
        q4 = ~q4 + carry;
    }

    private static int TopBit(ulong q0, ulong q1, ulong q2, ulong q3, ulong q4)
    {
        if (q4 != 0) return 256 + 63 - WideMath.LeadingZeroCount(q4);
        if (q3 != 0) return 192 + 63 - WideMath.LeadingZeroCount(q3);
        if (q2 != 0) return 128 + 63 - WideMath.LeadingZeroCount(q2);
        if (q1 != 0) return 64 + 63 - WideMath.LeadingZeroCount(q1);
        return 63 - WideMath.LeadingZeroCount(q0);
    }
}
