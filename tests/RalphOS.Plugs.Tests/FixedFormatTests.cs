// Compares FixedFormatter with .NET's ToString("F<n>") on exact ties, edge values and random
// doubles of every magnitude.
using System;
using System.Globalization;
using Xunit;

namespace RalphOS.Plugs.Tests;

public class FixedFormatTests
{
    private static void AssertSame(double value, int decimals)
    {
        string expected = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        string actual = TestText.Fixed(value, decimals);
        if (expected != actual)
        {
            Assert.Fail($"{value:R} F{decimals}: expected {expected}, got {actual}");
        }
    }

    [Fact]
    public void EdgeValuesAndTiesMatchDotNet()
    {
        double[] values =
        {
            0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 0.005, 0.015, 2.675, 1e23, double.MaxValue, double.MinValue,
            double.Epsilon, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 999.995, 9.5, 99.5, 0.05,
        };
        foreach (double value in values)
        {
            for (int decimals = 0; decimals <= 20; decimals++)
            {
                AssertSame(value, decimals);
            }
        }
        for (int k = -4000; k <= 4000; k++)
        {
            AssertSame(k / 8.0, 0);
            AssertSame(k / 8.0, 1);
            AssertSame(k / 64.0, 2);
        }
    }

    [Fact]
    public void RandomValuesMatchDotNet()
    {
        var random = new Random(8);
        for (int i = 0; i < 100_000; i++)
        {
            double value = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (double.IsFinite(value))
            {
                AssertSame(value, random.Next(0, 16));
            }
            AssertSame(random.NextDouble() * Math.Pow(10, random.Next(-10, 20)), random.Next(0, 8));
        }
        Assert.Equal(
            double.Epsilon.ToString("F100", CultureInfo.InvariantCulture), TestText.Fixed(double.Epsilon, 100));
        Assert.Null(TestText.Fixed(1, 101));
    }
}
