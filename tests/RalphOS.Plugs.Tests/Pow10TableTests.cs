// Re-derives the generated power-of-ten table and the integer logarithm approximations from
// exact BigInteger arithmetic, so a wrong table entry cannot go unnoticed.
using System.Numerics;
using Internal.Numerics;
using Xunit;

namespace RalphOS.Plugs.Tests;

public class Pow10TableTests
{
    [Fact]
    public void EveryEntryIsTheTruncatedNormalizedPowerOfTen()
    {
        for (int e = Pow10Table.MinExponent; e <= Pow10Table.MaxExponent; e++)
        {
            int index = 2 * (e - Pow10Table.MinExponent);
            BigInteger entry = (new BigInteger(Pow10Table.Significands[index]) << 64) + Pow10Table.Significands[index + 1];
            int shift = -Pow10Table.BinaryExponent(e); // entry = floor(10^e * 2^shift)
            BigInteger expected = e >= 0
                ? (shift >= 0 ? BigInteger.Pow(10, e) << shift : BigInteger.Pow(10, e) >> -shift)
                : (BigInteger.One << shift) / BigInteger.Pow(10, -e);
            Assert.Equal(expected, entry);
            Assert.Equal(127, (int)(entry.GetBitLength() - 1));
        }
    }

    [Fact]
    public void LogarithmApproximationsAreExactOverTheUsedRange()
    {
        for (int q = -1200; q <= 1200; q++)
        {
            BigInteger two = BigInteger.Pow(2, System.Math.Abs(q));
            Assert.Equal(FloorLog10(two, q < 0), ShortestDigits.FloorLog10Pow2(q));
            // 3/4 * 2^q = 3 * 2^(q-2)
            int expected = q - 2 >= 0
                ? FloorLog10(3 * BigInteger.Pow(2, q - 2), false)
                : FloorLog10(BigInteger.Pow(2, 2 - q), true, 3);
            Assert.Equal(expected, ShortestDigits.FloorLog10ThreeQuartersPow2(q));
        }
        for (int e = -400; e <= 400; e++)
        {
            BigInteger ten = BigInteger.Pow(10, System.Math.Abs(e));
            int floorLog2 = e >= 0 ? (int)ten.GetBitLength() - 1 : -(int)(ten - 1).GetBitLength();
            Assert.Equal(floorLog2, ShortestDigits.FloorLog2Pow10(e));
        }
    }

    // floor(log10(x)) for x = magnitude (inverted: x = numerator / magnitude when inverse).
    private static int FloorLog10(BigInteger magnitude, bool inverse, int numerator = 1)
    {
        if (!inverse)
        {
            int k = 0;
            BigInteger power = 1;
            while (power * 10 <= magnitude) { power *= 10; k++; }
            return k;
        }
        // numerator / magnitude: find the largest k with 10^k <= numerator / magnitude.
        int j = 0;
        BigInteger p = 1;
        while (numerator * p < magnitude) { p *= 10; j++; }
        return -j;
    }
}
