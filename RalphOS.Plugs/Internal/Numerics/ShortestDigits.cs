// ShortestDigits: the shortest decimal digits that round-trip a double, choosing the one
// closest to the exact value when several shortest candidates exist (what .NET's "R" and
// default ToString() produce). Algorithm: Schubfach (R. Giulietti, "The Schubfach way to render
// doubles", 2020), written from the paper: scale the rounding interval by a 126-bit
// approximation of 10^-k so that it is 1..10 units wide, then pick an integer inside it,
// preferring a multiple of ten (one digit shorter). Round-to-odd keeps the comparisons exact.
// Interface: Compute(bits, out digits, out exponent) for finite, non-zero, positive doubles:
// value ~= digits * 10^exponent with no trailing zeros in digits. Caller: DoubleFormatter.
namespace Internal.Numerics;

internal static class ShortestDigits
{
    private const ulong HiddenBit = 1UL << 52;
    private const int MinBinaryExponent = -1074;

    public static void Compute(ulong bits, out ulong digits, out int exponent)
    {
        ulong fraction = bits & (HiddenBit - 1);
        int biased = (int)(bits >> 52) & 0x7FF;
        ulong c = biased == 0 ? fraction : fraction | HiddenBit;
        int q = biased == 0 ? MinBinaryExponent : biased - 1075;

        if (q < 0 && q >= -52 && (c & ((1UL << -q) - 1)) == 0)
        {
            // A whole number below 2^53: neighbours are at most 1 apart, so it is its own
            // shortest representation.
            digits = c >> -q;
            exponent = 0;
        }
        else
        {
            Schubfach(c, q, out digits, out exponent);
        }
        while (digits % 10 == 0)
        {
            digits /= 10;
            exponent++;
        }
    }

    private static void Schubfach(ulong c, int q, out ulong digits, out int exponent)
    {
        ulong odd = c & 1;
        ulong cb = c << 2;
        ulong cbRight = cb + 2;
        ulong cbLeft;
        int k;
        if (c != HiddenBit || q == MinBinaryExponent || IsDotNetSymmetricException(q))
        {
            cbLeft = cb - 2;
            k = FloorLog10Pow2(q);
        }
        else
        {
            // A power of two: the lower neighbour is only half as far away as the upper one,
            // so the rounding interval is asymmetric.
            cbLeft = cb - 1;
            k = FloorLog10ThreeQuartersPow2(q);
        }
        int h = q + FloorLog2Pow10(-k) + 2;
        int index = 2 * (-k - Pow10Table.MinExponent);
        // g = floor(10^-k * 2^r) + 1 with 126 bits, from the truncated 128-bit table entry.
        ulong gHigh = Pow10Table.Significands[index] >> 2;
        ulong gLow = (Pow10Table.Significands[index + 1] >> 2) | (Pow10Table.Significands[index] << 62);
        gLow++;
        if (gLow == 0)
        {
            gHigh++;
        }

        ulong vb = RoundToOdd(gHigh, gLow, cb << h);
        ulong vbLeft = RoundToOdd(gHigh, gLow, cbLeft << h);
        ulong vbRight = RoundToOdd(gHigh, gLow, cbRight << h);
        ulong lower = vbLeft + odd;
        ulong upper = vbRight - odd;

        ulong s = vb >> 2;
        if (s >= 10)
        {
            ulong shorter = s / 10 * 10;
            bool shorterIn = lower <= shorter << 2;
            bool longerIn = (shorter + 10) << 2 <= upper;
            if (shorterIn != longerIn)
            {
                digits = shorterIn ? shorter : shorter + 10;
                exponent = k;
                return;
            }
        }
        ulong t = s + 1;
        bool sIn = lower <= s << 2;
        bool tIn = t << 2 <= upper;
        exponent = k;
        if (sIn != tIn)
        {
            digits = sIn ? s : t;
            return;
        }
        // Both (or, by the interval width, never neither) are inside: take the closer,
        // ties to even.
        long distance = (long)vb - (long)((s + t) << 1);
        digits = distance < 0 || (distance == 0 && (s & 1) == 0) ? s : t;
    }

    // floor(g * cp / 2^127), with the lowest bit set when the discarded fraction is at least
    // 2^-63 (smaller fractions are the error of g and mean "exact").
    private static ulong RoundToOdd(ulong gHigh, ulong gLow, ulong cp)
    {
        WideMath.Multiply(gLow, cp, out ulong lowHigh);
        ulong highLow = WideMath.Multiply(gHigh, cp, out ulong highHigh);
        ulong middle = highLow + lowHigh;
        if (middle < highLow)
        {
            highHigh++;
        }
        ulong integral = (highHigh << 1) | (middle >> 63);
        ulong sticky = (middle & 0x7FFF_FFFF_FFFF_FFFFUL) != 0 ? 1UL : 0UL;
        return integral | sticky;
    }

    // floor(q * log10(2)); 315653 / 2^20 approximates log10(2) closely enough for |q| <= 2620.
    public static int FloorLog10Pow2(int q) => (q * 315653) >> 20;

    // .NET 10 prints 2^-25 and 2^-958 as if their interval were symmetric (its Grisu path
    // ignores the nearer lower neighbour), giving digits that do not round-trip, e.g.
    // 2.980232238769531E-08; every other power of two is printed correctly. We match .NET.
    private static bool IsDotNetSymmetricException(int q) => q == -25 - 52 || q == -958 - 52;

    // floor(log10(3/4 * 2^q)) for the asymmetric interval; 131008 / 2^20 ~ -log10(3/4).
    public static int FloorLog10ThreeQuartersPow2(int q) => (q * 315653 - 131008) >> 20;

    // floor(e * log2(10)); 1741647 / 2^19 approximates log2(10) for |e| <= 1650.
    public static int FloorLog2Pow10(int e) => (e * 1741647) >> 19;
}
