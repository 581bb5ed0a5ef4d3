// FormattingTests: string.Format, interpolation holes with alignment and formats,
// StringBuilder.AppendFormat, the numeric format strings of every primitive, and
// Parse/TryParse with styles and culture arguments. Expected values are what .NET prints
// (the host run of this suite proves it); the throwing cases of Parse are in
// ParseFailureTests, which runs only on the host until the kernel catches exceptions.
using System;
using System.Globalization;
using System.Text;

namespace RalphOS.Kernel.SelfTest;

internal static class FormattingTests
{
    public static void Run()
    {
        RunComposite();
        RunIntegerFormats();
        RunDoubleFormats();
        RunParsing();
    }

    private static void RunComposite()
    {
        SelfTestRunner.Check("string.Format alignment and formats",
            string.Format("[{0,8}|{0,-8}|{1:X8}|{2:F2}]", 42, 255, 3.14159) == "[      42|42      |000000FF|3.14]");
        SelfTestRunner.Check("string.Format escapes, repeats and params",
            string.Format("{{{0}}} {1} {0} {2} {3}", "a", 'b', null, true) == "{a} b a  True");
        int count = 1234567;
        double ratio = 0.4567;
        SelfTestRunner.Check("interpolation with alignment and format",
            $"{count:N0}|{ratio:P1}|{count,10:D9}|{-7,-4}|{ratio:0.00}" == "1,234,567|45.7 %| 001234567|-7  |0.46");
        var sb = new StringBuilder("x");
        sb.AppendFormat("{0:D5}-{1,3}", 42, "ab").AppendFormat(CultureInfo.InvariantCulture, "{0:E3}", 12345.678);
        SelfTestRunner.Check("StringBuilder.AppendFormat", sb.ToString() == "x00042- ab1.235E+004");
    }

    private static void RunIntegerFormats()
    {
        SelfTestRunner.Check("int standard formats",
            12345.ToString("N0") == "12,345" && (-12345).ToString("D7") == "-0012345" && 12345.ToString("E3") == "1.235E+004"
            && 12345.ToString("F2") == "12345.00" && 12345.ToString("P1") == "1,234,500.0 %" && (-12345).ToString("C") == "(\u00A412,345.00)"
            && 12345.ToString("G3") == "1.23E+04" && 0.ToString("D3") == "000");
        SelfTestRunner.Check("hex of every width",
            (-1).ToString("X") == "FFFFFFFF" && ((short)-1).ToString("x") == "ffff" && ((sbyte)-2).ToString("X") == "FE"
            && (-1L).ToString("X") == "FFFFFFFFFFFFFFFF" && 255u.ToString("x4") == "00ff" && ((byte)10).ToString("X2") == "0A");
        SelfTestRunner.Check("integer custom formats",
            1234567.ToString("#,##0") == "1,234,567" && 5.ToString("000") == "005" && (-5).ToString("0;(0)") == "(5)"
            && 0.ToString("0;-0;zero") == "zero" && 1234567.ToString("0,,.0") == "1.2" && 42.ToString("'#'0") == "#42");
        SelfTestRunner.Check("unsigned and long formats with a provider",
            ulong.MaxValue.ToString("N0", CultureInfo.InvariantCulture) == "18,446,744,073,709,551,615"
            && long.MinValue.ToString("D", CultureInfo.InvariantCulture) == "-9223372036854775808"
            && ((ushort)65535).ToString(CultureInfo.InvariantCulture) == "65535");
    }

    private static void RunDoubleFormats()
    {
        SelfTestRunner.Check("double F/N/E round ties to even on the exact value",
            0.125.ToString("F2") == "0.12" && 2.5.ToString("F0") == "2" && 1234.5678.ToString("N2") == "1,234.57"
            && 12345.0.ToString("E3") == "1.234E+004" && (-0.001).ToString("F2") == "-0.00" && 1e21.ToString("N0") == "1,000,000,000,000,000,000,000");
        SelfTestRunner.Check("double E/G/P/R",
            0.000123.ToString("e2") == "1.23e-004" && 1234.5678.ToString("G3") == "1.23E+03" && 0.1.ToString("G20") == "0.10000000000000000555"
            && 0.125.ToString("P1") == "12.5 %" && 0.1.ToString("R") == "0.1" && (1.0 / 3).ToString("G") == "0.3333333333333333");
        SelfTestRunner.Check("double custom formats",
            0.125.ToString("0.00") == "0.13" && 1234.5.ToString("#,##0.0#") == "1,234.5" && 0.5.ToString("0%") == "50%"
            && 12345.678.ToString("0.00E+00") == "1.23E+04" && (-0.001).ToString("#") == "" && 3.0.ToString("0.##") == "3");
        SelfTestRunner.Check("double NaN and infinities under any format",
            double.NaN.ToString("F2") == "NaN" && double.PositiveInfinity.ToString("N") == "Infinity"
            && double.NegativeInfinity.ToString("0.00", CultureInfo.InvariantCulture) == "-Infinity");
    }

    private static void RunParsing()
    {
        SelfTestRunner.Check("Parse with styles and providers",
            int.Parse(" -42 ") == -42 && int.Parse("7fffffff", NumberStyles.HexNumber) == int.MaxValue
            && int.Parse("FFFFFFFF", NumberStyles.HexNumber, CultureInfo.InvariantCulture) == -1
            && long.Parse("9223372036854775807", CultureInfo.InvariantCulture) == long.MaxValue
            && byte.Parse("255") == 255 && sbyte.Parse("-128") == -128 && ushort.Parse("65535") == 65535 && uint.Parse("4294967295") == uint.MaxValue
            && double.Parse("1.5e3", CultureInfo.InvariantCulture) == 1500.0);
        SelfTestRunner.Check("TryParse overflow, garbage, spans and styles",
            !int.TryParse("2147483648", out _) && !byte.TryParse("256", out _) && !uint.TryParse("-1", out _) && !int.TryParse("1x", out _)
            && !short.TryParse((string)null, out _) && int.TryParse("12".AsSpan(), out int fromSpan) && fromSpan == 12
            && int.TryParse("ff", NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int hex) && hex == 255
            && ulong.TryParse("-0", out ulong negativeZero) && negativeZero == 0);
    }
}
