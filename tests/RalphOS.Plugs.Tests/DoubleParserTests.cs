// Compares DoubleParser.TryParse with .NET's double.TryParse(s, NumberStyles.Float,
// InvariantCulture) on syntax edge cases, random decimal strings of every magnitude and
// length, round trips of random doubles, and exact halfway points (the hardest inputs).
using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using Xunit;

namespace RalphOS.Plugs.Tests;

public class DoubleParserTests
{
    private static void AssertSame(string text)
    {
        bool expectedOk = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double expected);
        bool actualOk = TestText.TryParseDouble(text, out double actual);
        long expectedBits = BitConverter.DoubleToInt64Bits(expected);
        long actualBits = BitConverter.DoubleToInt64Bits(actual);
        if (expectedOk != actualOk || expectedBits != actualBits)
        {
            Assert.Fail($"[{text}] expected {expectedOk} {expectedBits:X16}, got {actualOk} {actualBits:X16}");
        }
    }

    [Fact]
    public void SyntaxEdgeCasesMatchDotNet()
    {
        string[] texts =
        {
            "", " ", "0", "-0", "+0", "-0.0", "1", "-1", "1.", ".5", "+.5", "-.5", ".", "-", "+", "e5", "1e", "1e+",
            "1e-", "1E5", "1e+5", "1e-5", "1.e5", " 1 ", "\t1\n", "1\0", "1\0\0 ", "1 \0", "\0", "1 e5", "+-1", "- 1",
            "nan", "NaN", "-nan", "+NaN", "NAN", "nanx", "infinity", "Infinity", "-Infinity", "+INFINITY", "Infinit",
            "Infinityx", " Infinity ", "1e400", "-1e400", "1e-400", "1e1000000000000", "1e-1000000000000", "0x10",
            "1,000", "1_0", "1..2", "1.2.3", "00000000000000000000000000001e-10", "0e999999", "000.000e-5",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "4.9e-324", "2.4e-324",
            "2.5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "2.2250738585072011e-308",
            "2.2250738585072012e-308", "9007199254740993", "9007199254740993.0000000000000000001", "123456789012345678901234567890",
            "0.1", "0.3", "3.14159", "1e22", "1e23", "8.5e-322", "1e-5", "\u00a01", "1\u2028", "٣",
        };
        foreach (string text in texts)
        {
            AssertSame(text);
        }
    }

    [Fact]
    public void RoundTripsOfRandomDoubles()
    {
        var random = new Random(2024);
        for (int i = 0; i < 300_000; i++)
        {
            double value = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (!double.IsFinite(value))
            {
                continue;
            }
            AssertSame(value.ToString("R", CultureInfo.InvariantCulture));
            AssertSame(value.ToString("E16", CultureInfo.InvariantCulture));
            AssertSame(value.ToString("E25", CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void RandomDecimalStringsMatchDotNet()
    {
        var random = new Random(31337);
        var text = new StringBuilder();
        for (int i = 0; i < 300_000; i++)
        {
            text.Clear();
            if (random.Next(4) == 0) text.Append(random.Next(2) == 0 ? '-' : '+');
            int integerDigits = random.Next(0, random.Next(2) == 0 ? 5 : 30);
            for (int d = 0; d < integerDigits; d++) text.Append((char)('0' + random.Next(10)));
            if (random.Next(2) == 0)
            {
                text.Append('.');
                int fractionDigits = random.Next(0, random.Next(2) == 0 ? 5 : 40);
                for (int d = 0; d < fractionDigits; d++) text.Append((char)('0' + random.Next(10)));
            }
            if (random.Next(3) != 0)
            {
                text.Append(random.Next(2) == 0 ? 'e' : 'E');
                text.Append(random.Next(-345, 330).ToString(CultureInfo.InvariantCulture));
            }
            AssertSame(text.ToString());
        }
    }

    [Fact]
    public void HalfwayPointsAndTheirNeighboursMatchDotNet()
    {
        var random = new Random(5);
        for (int i = 0; i < 3000; i++)
        {
            long bits = random.Next(3) == 0 ? random.NextInt64(0, 1L << 53) : random.NextInt64(0, 0x7FEF_FFFF_FFFF_FFFF);
            string halfway = ExactHalfway(bits);
            AssertSame(halfway);
            AssertSame(halfway + "0000000000000000000000000000001");
            AssertSame(Decrement(halfway));
            AssertSame(Decrement(halfway) + "99999999999999999999999999999");
        }
    }

    // The exact decimal text of the point halfway between the double `bits` and its successor.
    private static string ExactHalfway(long bits)
    {
        long biased = bits >> 52;
        long fraction = bits & ((1L << 52) - 1);
        BigInteger m = biased == 0 ? fraction : fraction | (1L << 52);
        int e2 = biased == 0 ? -1075 : (int)biased - 1076;
        BigInteger numerator = 2 * m + 1;
        if (e2 >= 0)
        {
            return (numerator << e2).ToString(CultureInfo.InvariantCulture);
        }
        string digits = (numerator * BigInteger.Pow(5, -e2)).ToString(CultureInfo.InvariantCulture);
        return digits + "e" + e2.ToString(CultureInfo.InvariantCulture);
    }

    // The mantissa digits minus one in the last place followed by nothing (exponent kept).
    private static string Decrement(string number)
    {
        int e = number.IndexOf('e');
        string digits = e < 0 ? number : number.Substring(0, e);
        string exponent = e < 0 ? "" : number.Substring(e);
        string smaller = (BigInteger.Parse(digits, CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture);
        return smaller + exponent;
    }
}
