// Compares DoubleFormatter.FormatShortest with .NET's double.ToString() on edge cases and on
// millions of random bit patterns and decimals.
using System;
using System.Globalization;
using Xunit;

namespace RalphOS.Plugs.Tests;

public class ShortestFormatTests
{
    private static void AssertSame(double value)
    {
        string expected = value.ToString(CultureInfo.InvariantCulture);
        string actual = TestText.Shortest(value);
        if (expected != actual)
        {
            Assert.Fail($"bits 0x{BitConverter.DoubleToInt64Bits(value):X16}: expected {expected}, got {actual}");
        }
    }

    [Fact]
    public void SpecialValuesMatchDotNet()
    {
        double[] values =
        {
            0.0, -0.0, double.NaN, -double.NaN, double.PositiveInfinity, double.NegativeInfinity,
            double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon, 2 * double.Epsilon,
            1e15, 1e14, 123456789012345.0, 1234567890123456.0, 1e-5, 1e-4, 0.00012345, 1.5e-5,
            1e16, 1e17, 1e21, 1e22, 1e23, 1e300, 1e-300, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3,
            9007199254740992.0, 9007199254740993.0, 4.9406564584124654e-324, 2.2250738585072014e-308,
            2.2250738585072009e-308, 5e-324, 1.7976931348623157e308, 100, 1, -1, 0.5, 123.456,
        };
        foreach (double value in values)
        {
            AssertSame(value);
        }
    }

    [Fact]
    public void PowersOfTwoAndTenMatchDotNet()
    {
        for (int e = -1074; e <= 1023; e++)
        {
            AssertSame(Math.ScaleB(1.0, e));
            AssertSame(-Math.ScaleB(1.0, e));
        }
        for (int e = -324; e <= 308; e++)
        {
            AssertSame(double.Parse("1e" + e, CultureInfo.InvariantCulture));
            AssertSame(double.Parse("9.99999e" + e, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void SmallSubnormalsMatchDotNet()
    {
        for (long bits = 1; bits < 5000; bits++)
        {
            AssertSame(BitConverter.Int64BitsToDouble(bits));
        }
        for (long bits = 0x0010_0000_0000_0000 - 2000; bits < 0x0010_0000_0000_0000 + 2000; bits++)
        {
            AssertSame(BitConverter.Int64BitsToDouble(bits));
        }
    }

    [Fact]
    public void RandomBitPatternsMatchDotNet()
    {
        var random = new Random(12345);
        for (int i = 0; i < 1_000_000; i++)
        {
            double value = BitConverter.Int64BitsToDouble(random.NextInt64() ^ ((long)random.Next() << 33));
            if (double.IsFinite(value))
            {
                AssertSame(value);
            }
        }
    }

    [Fact]
    public void RandomShortDecimalsMatchDotNet()
    {
        var random = new Random(777);
        for (int i = 0; i < 500_000; i++)
        {
            int digits = random.Next(1, 18);
            long mantissa = random.NextInt64((long)Math.Pow(10, digits));
            int exponent = random.Next(-330, 310);
            double value = double.Parse($"{mantissa}e{exponent}", CultureInfo.InvariantCulture);
            AssertSame(value);
        }
    }

    [Fact]
    public void RandomIntegersAndSimpleFractionsMatchDotNet()
    {
        var random = new Random(99);
        for (int i = 0; i < 300_000; i++)
        {
            AssertSame(random.NextInt64(-10_000_000_000_000_000, 10_000_000_000_000_000) / Math.Pow(10, random.Next(0, 20)));
            AssertSame((double)random.NextInt64());
        }
    }
}
