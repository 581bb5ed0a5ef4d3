// DateTimeFormatText: DateTime's custom format strings as .NET's invariant culture writes
// them (d..dddd, M..MMMM, y..yyyyy, h, hh, H, HH, m, mm, s, ss, f.., F.., t, tt, K, z..zzz,
// g, quoted and escaped literals, ':' and '/'), and the pieces TimeSpan's custom formats
// share (runs of one symbol, fractions, literals). DateTime.Text.cs and TimeSpan.Text.cs
// call it; the standard formats ("o", "s", "G", ...) are expanded to custom ones first.
using System.Text;

namespace System;

internal static class DateTimeFormatText
{
    private const int MaxFractionDigits = 7;

    private static readonly string[] MonthNames =
        { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

    private static readonly string[] DayNames = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };

    public static string Format(DateTime value, string format)
    {
        var text = new StringBuilder();
        int position = 0;
        while (position < format.Length)
        {
            char symbol = format[position];
            int run = RunLength(format, position);
            switch (symbol)
            {
                case 'd':
                    if (run <= 2)
                        AppendNumber(text, value.Day, run);
                    else
                        text.Append(run == 3 ? DayNames[(int)value.DayOfWeek].Substring(0, 3) : DayNames[(int)value.DayOfWeek]);
                    break;
                case 'M':
                    if (run <= 2)
                        AppendNumber(text, value.Month, run);
                    else
                        text.Append(run == 3 ? MonthNames[value.Month - 1].Substring(0, 3) : MonthNames[value.Month - 1]);
                    break;
                case 'y':
                    AppendNumber(text, run <= 2 ? value.Year % 100 : value.Year, run);
                    break;
                case 'h':
                    AppendNumber(text, value.Hour % 12 == 0 ? 12 : value.Hour % 12, Math.Min(run, 2));
                    break;
                case 'H':
                    AppendNumber(text, value.Hour, Math.Min(run, 2));
                    break;
                case 'm':
                    AppendNumber(text, value.Minute, Math.Min(run, 2));
                    break;
                case 's':
                    AppendNumber(text, value.Second, Math.Min(run, 2));
                    break;
                case 'f':
                case 'F':
                    if (run > MaxFractionDigits)
                        throw InvalidFormat();
                    int before = text.Length;
                    AppendFraction(text, value.Ticks % TimeSpan.TicksPerSecond, run, trimZeros: symbol == 'F');
                    // An all-zero "F" fraction takes its decimal point with it, as .NET's.
                    if (text.Length == before && before > 0 && text[before - 1] == '.')
                        text.Length = before - 1;
                    break;
                case 't':
                    string designator = value.Hour < 12 ? "AM" : "PM";
                    text.Append(run == 1 ? designator.Substring(0, 1) : designator);
                    break;
                case 'g':
                    text.Append("A.D.");
                    break;
                case 'K':
                    text.Append(value.Kind == DateTimeKind.Utc ? "Z" : value.Kind == DateTimeKind.Local ? "+00:00" : "");
                    run = 1;
                    break;
                case 'z':
                    // The kernel's time zone is UTC.
                    text.Append(run == 1 ? "+0" : run == 2 ? "+00" : "+00:00");
                    break;
                case '\'':
                case '"':
                case '\\':
                case '%':
                    run = AppendLiteral(text, format, position);
                    if (run < 0)
                        throw InvalidFormat();
                    break;
                default:
                    text.Append(symbol);
                    run = 1;
                    break;
            }
            position += run;
        }
        return text.ToString();
    }

    // How many times the symbol at position repeats from there.
    public static int RunLength(string format, int position)
    {
        int end = position + 1;
        while (end < format.Length && format[end] == format[position])
            end++;
        return end - position;
    }

    // The first digits of a seven-digit tick fraction; trimZeros drops trailing zeros ("F").
    public static void AppendFraction(StringBuilder text, long fractionTicks, int digits, bool trimZeros)
    {
        string all = fractionTicks.ToString("D7").Substring(0, digits);
        text.Append(trimZeros ? all.TrimEnd('0') : all);
    }

    // A quoted string ('...' or "..." with \ escapes), an escaped character (\c) or the %
    // that makes one symbol a custom format; the characters consumed, or -1 when malformed.
    public static int AppendLiteral(StringBuilder text, string format, int position)
    {
        char symbol = format[position];
        if (symbol == '%')
            return position + 1 < format.Length && format[position + 1] != '%' ? 1 : -1;
        if (symbol == '\\')
        {
            if (position + 1 >= format.Length)
                return -1;
            text.Append(format[position + 1]);
            return 2;
        }
        int end = position + 1;
        while (end < format.Length && format[end] != symbol)
        {
            if (format[end] == '\\' && end + 1 < format.Length)
                end++;
            text.Append(format[end]);
            end++;
        }
        return end < format.Length ? end - position + 1 : -1;
    }

    private static void AppendNumber(StringBuilder text, int value, int minimumDigits)
    {
        string digits = value.ToString();
        for (int pad = digits.Length; pad < minimumDigits; pad++)
            text.Append('0');
        text.Append(digits);
    }

    private static FormatException InvalidFormat() => new FormatException("Input string was not in a correct format.");
}
