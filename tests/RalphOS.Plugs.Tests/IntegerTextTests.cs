// Compares IntegerFormatter and IntegerParser with .NET's ToString(), ToString("X<n>"/"x<n>")
// and TryParse on edge values and random values of every length.
using System;
using System.Globalization;
using Internal.Numerics;
using Xunit;

namespace RalphOS.Plugs.Tests;

public class IntegerTextTests
{
    [Fact]
    public void DecimalFormattingMatchesDotNet()
    {
        var random = new Random(1);
        long[] edges = { 0, 1, -1, 9, 10, -10, long.MaxValue, long.MinValue, int.MaxValue, int.MinValue };
        foreach (long value in edges)
        {
            Assert.Equal(value.ToString(CultureInfo.InvariantCulture), TestText.Decimal(value));
        }
        Assert.Equal(ulong.MaxValue.ToString(CultureInfo.InvariantCulture), TestText.Decimal(ulong.MaxValue));
        for (int i = 0; i < 200_000; i++)
        {
            long value = random.NextInt64() >> random.Next(64);
            Assert.Equal(value.ToString(CultureInfo.InvariantCulture), TestText.Decimal(value));
            ulong unsigned = (ulong)random.NextInt64() << 1 >> random.Next(64);
            Assert.Equal(unsigned.ToString(CultureInfo.InvariantCulture), TestText.Decimal(unsigned));
        }
    }

    [Fact]
    public void HexFormattingMatchesDotNet()
    {
        var random = new Random(2);
        for (int i = 0; i < 50_000; i++)
        {
            long value = random.NextInt64() >> random.Next(64);
            int digits = random.Next(0, 20);
            string format = digits.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(value.ToString("X" + format, CultureInfo.InvariantCulture), TestText.Hex((ulong)value, digits, HexCase.Upper));
            Assert.Equal(((int)value).ToString("x" + format, CultureInfo.InvariantCulture), TestText.Hex((uint)(int)value, digits, HexCase.Lower));
        }
    }

    [Fact]
    public void ParsingMatchesDotNet()
    {
        string[] texts =
        {
            "", " ", "0", "-0", "+0", "-00", "1", "-1", " +5\0", "5\0 ", "5 \0", "\0", "12a", "1 2", "+-1", "--1", "0x1",
            "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
            "000000000000000000000000000018446744073709551615", "99999999999999999999", "\t\n\v\f\r 42 \t", "1.0", "1e3",
        };
        foreach (string text in texts)
        {
            CheckParse(text);
        }
        var random = new Random(3);
        for (int i = 0; i < 100_000; i++)
        {
            string text = random.Next(3) switch
            {
                0 => (random.NextInt64() >> random.Next(64)).ToString(CultureInfo.InvariantCulture),
                1 => ((ulong)random.NextInt64() * 3).ToString(CultureInfo.InvariantCulture),
                _ => new string('9', random.Next(1, 22)),
            };
            CheckParse(text);
            CheckParse("-" + text);
        }
    }

    private static void CheckParse(string text)
    {
        Assert.Equal(int.TryParse(text, out int expected32), TestText.TryParseInt32(text, out int actual32));
        Assert.Equal(expected32, actual32);
        Assert.Equal(long.TryParse(text, out long expected64), TestText.TryParseInt64(text, out long actual64));
        Assert.Equal(expected64, actual64);
        Assert.Equal(ulong.TryParse(text, out ulong expectedU64), TestText.TryParseUInt64(text, out ulong actualU64));
        Assert.Equal(expectedU64, actualU64);
    }
}
