// TimeSpan as text, as .NET's invariant culture: ToString() and "c" ([-][d.]hh:mm:ss[.fffffff]),
// "g" ([-][d:]h:mm:ss[.FFFFFFF]), "G" ([-]d:hh:mm:ss.fffffff) and custom formats (d, h, hh,
// m, mm, s, ss, f.., F.., quoted and escaped literals); Parse/TryParse of the "c" shape
// ([-]d or [-][d.]h:m[:s[.fraction]]). The custom formats share DateTimeFormatText's helpers.
using System.Text;

namespace System;

public readonly partial struct TimeSpan
{
    private const int FractionDigits = 7;

    public override string ToString() => ToString("c");
    public string ToString(string format, IFormatProvider formatProvider) => ToString(format);

    public string ToString(string format)
    {
        if (string.IsNullOrEmpty(format) || format == "c" || format == "t" || format == "T")
            return FormatConstant();
        if (format == "g")
            return FormatGeneral(longForm: false);
        if (format == "G")
            return FormatGeneral(longForm: true);
        return FormatCustom(format);
    }

    private string FormatConstant()
    {
        var text = new StringBuilder();
        if (_ticks < 0)
            text.Append('-');
        int days = Math.Abs(Days);
        if (days != 0)
            text.Append(days).Append('.');
        AppendTwoDigits(text, Math.Abs(Hours)).Append(':');
        AppendTwoDigits(text, Math.Abs(Minutes)).Append(':');
        AppendTwoDigits(text, Math.Abs(Seconds));
        long fraction = FractionTicks();
        if (fraction != 0)
            text.Append('.').Append(fraction.ToString("D7"));
        return text.ToString();
    }

    private string FormatGeneral(bool longForm)
    {
        var text = new StringBuilder();
        if (_ticks < 0)
            text.Append('-');
        int days = Math.Abs(Days);
        if (longForm || days != 0)
            text.Append(days).Append(':');
        if (longForm)
            AppendTwoDigits(text, Math.Abs(Hours));
        else
            text.Append(Math.Abs(Hours));
        text.Append(':');
        AppendTwoDigits(text, Math.Abs(Minutes)).Append(':');
        AppendTwoDigits(text, Math.Abs(Seconds));
        long fraction = FractionTicks();
        if (longForm)
            text.Append('.').Append(fraction.ToString("D7"));
        else if (fraction != 0)
            text.Append('.').Append(fraction.ToString("D7").TrimEnd('0'));
        return text.ToString();
    }

    private long FractionTicks() => Math.Abs(_ticks % TicksPerSecond);

    private string FormatCustom(string format)
    {
        var text = new StringBuilder();
        int position = 0;
        while (position < format.Length)
        {
            char symbol = format[position];
            int run = DateTimeFormatText.RunLength(format, position);
            switch (symbol)
            {
                case 'd':
                    if (run > 8)
                        throw InvalidFormat();
                    text.Append(Math.Abs(Days).ToString(new string('0', run)));
                    break;
                case 'h':
                    AppendComponent(text, Math.Abs(Hours), run);
                    break;
                case 'm':
                    AppendComponent(text, Math.Abs(Minutes), run);
                    break;
                case 's':
                    AppendComponent(text, Math.Abs(Seconds), run);
                    break;
                case 'f':
                case 'F':
                    if (run > FractionDigits)
                        throw InvalidFormat();
                    DateTimeFormatText.AppendFraction(text, FractionTicks(), run, trimZeros: symbol == 'F');
                    break;
                case '\'':
                case '"':
                case '\\':
                case '%':
                    run = DateTimeFormatText.AppendLiteral(text, format, position);
                    if (run < 0)
                        throw InvalidFormat();
                    break;
                default:
                    throw InvalidFormat();
            }
            position += run;
        }
        return text.ToString();
    }

    private static void AppendComponent(StringBuilder text, int value, int run)
    {
        if (run > 2)
            throw InvalidFormat();
        if (run == 2)
            AppendTwoDigits(text, value);
        else
            text.Append(value);
    }

    private static StringBuilder AppendTwoDigits(StringBuilder text, int value) =>
        text.Append((char)('0' + value / 10)).Append((char)('0' + value % 10));

    private static FormatException InvalidFormat() => new FormatException("Input string was not in a correct format.");

    public static TimeSpan Parse(string s)
    {
        if (s == null)
            throw new ArgumentNullException("input");
        TimeSpanParseResult result = TryParseConstant(s, out TimeSpan value);
        if (result == TimeSpanParseResult.Overflow)
            throw new OverflowException("The TimeSpan string '" + s + "' could not be parsed because at least one of the numeric components is out of range or contains too many digits.");
        if (result != TimeSpanParseResult.Ok)
            throw new FormatException("String '" + s + "' was not recognized as a valid TimeSpan.");
        return value;
    }

    public static TimeSpan Parse(string input, IFormatProvider formatProvider) => Parse(input);

    public static bool TryParse(string s, out TimeSpan result)
    {
        result = Zero;
        return s != null && TryParseConstant(s, out result) == TimeSpanParseResult.Ok;
    }

    public static bool TryParse(string input, IFormatProvider formatProvider, out TimeSpan result) => TryParse(input, out result);

    private static TimeSpanParseResult TryParseConstant(string s, out TimeSpan value) =>
        TimeSpanParser.Parse(s.Trim(), out value);
}
