// NumberFormatter: MS-BASIC number text from double.ToString(), 15 significant digits.
using RalphOS.Basic.Runtime;
using Xunit;

namespace RalphOS.Basic.Tests;

public class NumberFormatterTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(-1.0, "-1")]
    [InlineData(0.5, ".5")]
    [InlineData(-0.25, "-.25")]
    [InlineData(123456789.0, "123456789")]
    [InlineData(1e14, "100000000000000")]
    [InlineData(1e15, "1E+15")]
    [InlineData(1.5e-9, "1.5E-09")]
    [InlineData(0.00001, ".00001")]
    [InlineData(-2.5e20, "-2.5E+20")]
    [InlineData(1e100, "1E+100")]
    [InlineData(0.1 + 0.2, ".3")]
    [InlineData(1.0 / 3.0, ".333333333333333")]
    [InlineData(2.0 / 3.0, ".666666666666667")]
    [InlineData(0.9999999999999999, "1")]
    [InlineData(9999999999999999.0, "1E+16")]
    [InlineData(123.456, "123.456")]
    public void FormatsLikeMsBasic(double value, string expected)
    {
        Assert.Equal(expected, NumberFormatter.Format(value));
    }

    [Theory]
    [InlineData("12", 12.0)]
    [InlineData(" -3.5 ", -3.5)]
    [InlineData("1E3", 1000.0)]
    [InlineData("2D2", 200.0)]
    [InlineData(".5", 0.5)]
    [InlineData("&HFF", 255.0)]
    public void StrictParseAcceptsNumbers(string text, double expected)
    {
        Assert.True(NumberParser.TryParseStrict(text, out double v));
        Assert.Equal(expected, v);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,2")]
    [InlineData("12x")]
    public void StrictParseRejectsOtherText(string text)
    {
        Assert.False(NumberParser.TryParseStrict(text, out _));
    }

    [Theory]
    [InlineData("  12.5xyz", 12.5)]
    [InlineData("x", 0.0)]
    [InlineData("1 2 3", 123.0)]
    [InlineData("-7e1", -70.0)]
    public void ValTakesTheNumericPrefix(string text, double expected)
    {
        Assert.Equal(expected, NumberParser.Val(text));
    }
}
