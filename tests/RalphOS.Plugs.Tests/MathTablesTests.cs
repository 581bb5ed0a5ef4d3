// Re-checks the generated constants of MathTables against independent computations: the
// bits of 2/pi from an exact big-integer pi (Machin's formula), and the double-double tables
// against .NET's Math (their high parts must be the correctly rounded values, their low parts
// below half an ulp).
using System;
using System.Numerics;
using Internal.Numerics;
using Xunit;

namespace RalphOS.Plugs.Tests;

public class MathTablesTests
{
    [Fact]
    public void TwoOverPiBitsMatchAnExactComputation()
    {
        const int bits = 1400;
        BigInteger pi = 4 * (4 * ArctanInverse(5, bits + 40) - ArctanInverse(239, bits + 40)); // pi * 2^(bits+40)
        BigInteger twoOverPi = (BigInteger.One << (2 * (bits + 40) + 1)) / pi; // 2/pi * 2^(bits+40)
        int words = MathTables.TwoOverPiBits.Length;
        BigInteger table = 0;
        foreach (uint word in MathTables.TwoOverPiBits)
        {
            table = (table << 32) | word;
        }
        Assert.Equal(twoOverPi >> (bits + 40 - 32 * words), table);
    }

    [Fact]
    public void DoubleDoubleTablesAreCorrectlyRounded()
    {
        for (int j = 0; j < 32; j++)
        {
            AssertPair(Math.Pow(2, j / 32.0), MathTables.Exp2Fractions, j);
        }
        for (int j = 0; j < 48; j++)
        {
            AssertPair(Math.Log((j + MathTables.LogTableFirst) / 64.0), MathTables.LogOfSixtyFourths, j);
        }
        for (int j = 0; j <= 16; j++)
        {
            AssertPair(Math.Atan(j / 16.0), MathTables.AtanOfSixteenths, j);
        }
        Assert.Equal(Math.PI, MathTables.PiHigh);
        Assert.Equal(Math.PI / 2, MathTables.PiOver2High);
        Assert.Equal(MathTables.Ln2High + MathTables.Ln2Low, Math.Log(2));
        Assert.Equal(MathTables.Ln2Over32High + MathTables.Ln2Over32Low, Math.Log(2) / 32);
        Assert.Equal(MathTables.InverseLn10High, Math.Log10(Math.E));
    }

    private static void AssertPair(double expected, double[] table, int index)
    {
        double high = table[2 * index];
        double low = table[2 * index + 1];
        Assert.True(Math.Abs(BitConverter.DoubleToInt64Bits(expected) - BitConverter.DoubleToInt64Bits(high)) <= 1, $"entry {index}");
        Assert.True(Math.Abs(low) <= Math.BitIncrement(Math.Abs(high)) - Math.Abs(high), $"entry {index} low part");
    }

    private static BigInteger ArctanInverse(int n, int bits)
    {
        BigInteger x = (BigInteger.One << bits) / n;
        BigInteger total = x;
        BigInteger n2 = n * n;
        for (int k = 1; x != 0; k++)
        {
            x /= n2;
            total += (k % 2 == 1 ? -1 : 1) * (x / (2 * k + 1));
        }
        return total;
    }
}
