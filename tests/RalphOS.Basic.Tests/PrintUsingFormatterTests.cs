// PRINT USING's formatter on its own (PrintUsingFormatter, UsingField, UsingNumberText):
// field recognition, the format's reuse and trailing text, rounding and overflow. The
// statement's behaviour against GW-BASIC's output is in Scripts/PrintUsing.
using System.Text;
using RalphOS.Basic.Runtime;
using Xunit;

namespace RalphOS.Basic.Tests;

public class PrintUsingFormatterTests
{
    private static string Number(string format, double x) => UsingField.At(format, 0).FormatNumber(x);

    [Theory]
    [InlineData("##.##", 3.14159, " 3.14")]
    [InlineData("##.##", 99.995, "%100.00")]
    [InlineData("#.##", 0.005, "0.01")]       // half-up on the printed digits (GW's single precision gives 0.00)
    [InlineData("#.##", 2.675, "2.68")]
    [InlineData("###", -0.4, " -0")]
    [InlineData("#,###,###", 1234567, "1,234,567")]
    [InlineData("##.##^^^^", 99999, " 1.00E+05")]
    [InlineData("##.##^^^^", 1.5E-20, " 1.50E-20")]
    [InlineData("**$#.##", -1, "*-$1.00")]
    [InlineData("#############.##", 123456789012.25, " 123456789012.25")]
    public void FormatsANumberInItsField(string format, double x, string expected)
    {
        Assert.Equal(expected, Number(format, x));
    }

    [Fact]
    public void MoreThanTwentyFourDigitPositionsIsRefused()
    {
        Assert.Null(Number(new string('#', 25), 1));
        Assert.NotNull(Number(new string('#', 24), 1));
    }

    [Theory]
    [InlineData("+", null)]
    [InlineData(".", null)]
    [InlineData("$5", null)]
    [InlineData("*#", null)]
    [InlineData("\\ x\\", null)]
    [InlineData("\\   \\", 5)]
    [InlineData("+##.##-", 6)]
    [InlineData("##.##-", 6)]
    [InlineData("**$##,.##^^^^", 13)]
    public void RecognisesFieldsAndTheirWidth(string format, int? width)
    {
        UsingField field = UsingField.At(format, 0);
        Assert.Equal(width, field?.Width);
    }

    [Fact]
    public void TheFormatStartsAgainAndEndsWithItsTrailingText()
    {
        var formatter = new PrintUsingFormatter("<#> and ");
        var text = new StringBuilder();
        for (int i = 0; i < 3; i++) text.Append(formatter.NextField(text).FormatNumber(i));
        formatter.AppendTrailing(text);
        Assert.Equal("<0> and <1> and <2> and ", text.ToString());
    }

    [Fact]
    public void AFormatWithoutAFieldGivesItsTextAndNoField()
    {
        var formatter = new PrintUsingFormatter("text _# only");
        var text = new StringBuilder();
        Assert.Null(formatter.NextField(text));
        Assert.Equal("text # only", text.ToString());
    }
}
