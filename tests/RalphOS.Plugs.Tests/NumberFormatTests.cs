// Compares the standard and custom numeric formats (StandardNumberFormatter,
// CustomNumberFormatter over DecimalNumber) and the composite format parser with .NET's own
// output for many values and format strings, invariant culture.
using System;
using System.Globalization;
using System.Text;
using Internal.Numerics;
using Internal.Text;
using Xunit;

namespace RalphOS.Plugs.Tests;

public unsafe class NumberFormatTests
{
    private static readonly string[] Formats =
    {
        "F", "F0", "F2", "F5", "N", "N0", "N3", "E", "E0", "E3", "e10", "P", "P0", "P1", "C", "C0", "G3", "G5", "g10", "G17",
        "0.00", "#,##0", "#,##0.0#", "0.###", "000", "#", "0.0%", "#,#", "0,.0", "0.00;(0.00)", "0;-0;zero", "'x'0'y'", "0.00E+00", "0.0e0",
    };

    private static readonly string[] IntegerFormats = { "D", "D5", "d1", "X", "X8", "x4", "G", "R" };

    // What Number.FormatDouble in the kernel does, minus the NaN/shortest shortcuts.
    private static string FormatDouble(double value, string format)
    {
        char* digits = stackalloc char[DecimalNumber.MaxDigits];
        var number = new DecimalNumber(digits);
        number.SetDouble(value);
        var output = new StringBuilder();
        if (StandardNumberFormatter.TryParseSpecifier(format, out char specifier, out int precision))
        {
            Assert.True(StandardNumberFormatter.TryFormat(ref number, specifier, precision, NumberKind.Double, output));
            return output.ToString();
        }
        number.Round(15, MidpointRule.ToEven);
        CustomNumberFormatter.Format(ref number, format, NumberKind.Double, output);
        return output.ToString();
    }

    private static string FormatInteger(long value, string format)
    {
        char* digits = stackalloc char[DecimalNumber.MaxDigits];
        var number = new DecimalNumber(digits);
        number.SetInt64(value);
        var output = new StringBuilder();
        if (StandardNumberFormatter.TryParseSpecifier(format, out char specifier, out int precision))
        {
            if (specifier == 'X' || specifier == 'x')
                return value.ToString(format, CultureInfo.InvariantCulture); // IntegerTextTests covers hex
            Assert.True(StandardNumberFormatter.TryFormat(ref number, specifier, precision, NumberKind.Integer, output));
            return output.ToString();
        }
        CustomNumberFormatter.Format(ref number, format, NumberKind.Integer, output);
        return output.ToString();
    }

    [Fact]
    public void DoubleFormatsMatchDotNet()
    {
        double[] edges = { 0.0, -0.0, 0.125, 2.5, -0.001, 1234.5678, 12345, 1e21, 0.000123, 1e-300, double.MaxValue, double.Epsilon, 0.5, 1.5, 999.9995, 0.045 };
        var random = new Random(3);
        for (int i = 0; i < 3000; i++)
        {
            double value = i < edges.Length ? edges[i] : (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-12, 25));
            foreach (string format in Formats)
                Assert.Equal($"{value:R} {format} -> {value.ToString(format, CultureInfo.InvariantCulture)}", $"{value:R} {format} -> {FormatDouble(value, format)}");
        }
    }

    [Fact]
    public void IntegerFormatsMatchDotNet()
    {
        long[] edges = { 0, 1, -1, 5, -5, 15, 12345, -12345, 999_999, long.MaxValue, long.MinValue + 1, 1000 };
        var random = new Random(4);
        for (int i = 0; i < 3000; i++)
        {
            long value = i < edges.Length ? edges[i] : random.NextInt64() >> random.Next(64);
            foreach (string format in Formats)
                Assert.Equal($"{value} {format} -> {value.ToString(format, CultureInfo.InvariantCulture)}", $"{value} {format} -> {FormatInteger(value, format)}");
            foreach (string format in IntegerFormats)
                Assert.Equal($"{value} {format} -> {value.ToString(format, CultureInfo.InvariantCulture)}", $"{value} {format} -> {FormatInteger(value, format)}");
        }
    }

    [Theory]
    [InlineData("{0,8}|{0,-8}|{0:X8}|{1}", "     255|255     |000000FF|ab")]
    [InlineData("{{{0}}} {1,3:}", "{255}  ab")]
    [InlineData("a{0, -5 :D4}b", "a0255 b")]
    public void CompositeFormatsMatchDotNet(string format, string expected)
    {
        Assert.Equal(expected, string.Format(CultureInfo.InvariantCulture, format, 255, "ab"));
        var output = new StringBuilder();
        int position = 0;
        object[] args = { 255, "ab" };
        CompositeFormatStep step;
        while ((step = CompositeFormatParser.Next(format, ref position, output, out CompositeFormatItem item)) == CompositeFormatStep.Item)
        {
            object arg = args[item.Index];
            string text = arg is IFormattable f ? f.ToString(item.Format, CultureInfo.InvariantCulture) : arg.ToString();
            CompositeFormatParser.AppendAligned(output, text, item.Alignment);
        }
        Assert.Equal(CompositeFormatStep.End, step);
        Assert.Equal(expected, output.ToString());
    }

    [Theory]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("{x}")]
    [InlineData("{0")]
    [InlineData("{0,}")]
    [InlineData("{1000000}")]
    public void MalformedCompositeFormatsAreErrorsAsInDotNet(string format)
    {
        Assert.Throws<FormatException>(() => string.Format(format, 1, 2));
        int position = 0;
        var output = new StringBuilder();
        CompositeFormatStep step;
        while ((step = CompositeFormatParser.Next(format, ref position, output, out _)) == CompositeFormatStep.Item) { }
        Assert.Equal(CompositeFormatStep.Error, step);
    }
}
