// EiselLemire: w * 10^e10 correctly rounded to a double from a 128-bit truncated power of ten,
// when the product's bits can decide the rounding (they almost always can).
// Interface: TryCompute(w, e10, out bits): bits of the positive result (0 or +Infinity bits
// at the ends); returns false when undecided, with bits still a close candidate for the exact
// fallback. Requires w != 0 and e10 in [Pow10Table.MinExponent, 308]. Caller: DoubleParser.
namespace Internal.Numerics;

internal static class EiselLemire
{
    private const ulong PositiveInfinityBits = 0x7FF0_0000_0000_0000UL;
    private const int SignificandBits = 53;

    // 10^e is stored exactly (5^e < 2^128) for 0 <= e <= 55.
    private const int MaxExactPowerOfTen = 55;

    public static bool TryCompute(ulong w, int e10, out ulong bits)
    {
        int leadingZeros = WideMath.LeadingZeroCount(w);
        ulong normalized = w << leadingZeros;
        int index = 2 * (e10 - Pow10Table.MinExponent);
        ulong tableHigh = Pow10Table.Significands[index];
        ulong tableLow = Pow10Table.Significands[index + 1];

        // P = normalized * table (192 bits: high, middle, low). The true product lies in
        // [P, P + normalized) because the table entry is truncated.
        ulong middle = WideMath.Multiply(normalized, tableHigh, out ulong high);
        ulong low = WideMath.Multiply(normalized, tableLow, out ulong lowCarry);
        middle += lowCarry;
        if (middle < lowCarry)
        {
            high++;
        }
        int topBit = (high >> 63) != 0 ? 63 : 62;
        int exponent2 = 128 + topBit + Pow10Table.BinaryExponent(e10) - leadingZeros;
        if (exponent2 > 1023)
        {
            bits = PositiveInfinityBits;
            return true;
        }
        int keptBits = exponent2 + 1075; // significant bits available to a subnormal result
        if (keptBits > SignificandBits)
        {
            keptBits = SignificandBits;
        }
        if (keptBits <= 0)
        {
            bits = 0; // at most 2^-1075: the exact path decides between 0 and the minimum
            return false;
        }
        int discard = 128 + topBit + 1 - keptBits; // in [138, 191]: all kept bits are in `high`
        int roundShift = discard - 129;
        ulong mantissa = high >> (discard - 128);
        bool roundBit = ((high >> roundShift) & 1) != 0;
        ulong belowMask = (1UL << roundShift) - 1;
        ulong belowHigh = high & belowMask;
        bool exact = e10 >= 0 && e10 <= MaxExactPowerOfTen;
        bool decided = true;
        bool roundUp;
        if (exact)
        {
            bool tie = roundBit && belowHigh == 0 && middle == 0 && low == 0;
            roundUp = roundBit && (!tie || (mantissa & 1) != 0);
        }
        else
        {
            // The true value is strictly above P. A set round bit means round up either way;
            // a clear one is unsafe only if the error could carry into it.
            roundUp = roundBit;
            decided = roundBit || middle != 0xFFFF_FFFF_FFFF_FFFFUL || belowHigh != belowMask;
        }
        mantissa += roundUp ? 1UL : 0UL;
        if (keptBits < SignificandBits)
        {
            bits = mantissa; // subnormal (or the smallest normal after rounding up)
        }
        else
        {
            // mantissa includes the hidden bit; a carry to 2^53 bumps the exponent field.
            bits = ((ulong)(exponent2 + 1022) << 52) + mantissa;
            if (bits >= PositiveInfinityBits)
            {
                bits = PositiveInfinityBits;
            }
        }
        return decided;
    }
}
