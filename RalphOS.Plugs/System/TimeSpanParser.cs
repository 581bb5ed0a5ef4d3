// TimeSpanParser: reads TimeSpan's constant ("c") shape, [-]d or [-][d.]h:m[:s[.fraction]],
// for TimeSpan.Parse/TryParse. Components out of range (hours over 23, minutes or seconds
// over 59, more than seven fraction digits, days beyond TimeSpan's range) are an overflow,
// anything else malformed a format error, as .NET tells them apart.
namespace System;

internal enum TimeSpanParseResult
{
    Ok,
    Format,
    Overflow,
}

internal static class TimeSpanParser
{
    private const long MaxDays = 10_675_199; // TimeSpan.MaxValue.Days
    private const int MaxFractionDigits = 7;

    public static TimeSpanParseResult Parse(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        int position = 0;
        bool negative = position < text.Length && text[position] == '-';
        if (negative)
            position++;
        if (!ReadNumber(text, ref position, out long first, out _))
            return TimeSpanParseResult.Format;
        long days = 0, hours, minutes, seconds = 0, fraction = 0;
        if (position == text.Length)
            return Combine(negative, first, 0, 0, 0, 0, out value);
        if (text[position] == '.')
        {
            days = first;
            position++;
            if (!ReadNumber(text, ref position, out hours, out _))
                return TimeSpanParseResult.Format;
        }
        else
        {
            hours = first;
        }
        if (position >= text.Length || text[position] != ':')
            return TimeSpanParseResult.Format;
        position++;
        if (!ReadNumber(text, ref position, out minutes, out _))
            return TimeSpanParseResult.Format;
        if (position < text.Length && text[position] == ':')
        {
            position++;
            if (!ReadNumber(text, ref position, out seconds, out _))
                return TimeSpanParseResult.Format;
            if (position < text.Length && text[position] == '.')
            {
                position++;
                if (!ReadNumber(text, ref position, out fraction, out int digits))
                    return TimeSpanParseResult.Format;
                if (digits > MaxFractionDigits)
                    return TimeSpanParseResult.Overflow;
                for (; digits < MaxFractionDigits; digits++)
                    fraction *= 10;
            }
        }
        if (position != text.Length)
            return TimeSpanParseResult.Format;
        return Combine(negative, days, hours, minutes, seconds, fraction, out value);
    }

    private static TimeSpanParseResult Combine(bool negative, long days, long hours, long minutes, long seconds, long fraction, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (days > MaxDays || hours > 23 || minutes > 59 || seconds > 59)
            return TimeSpanParseResult.Overflow;
        long ticks = days * TimeSpan.TicksPerDay + hours * TimeSpan.TicksPerHour + minutes * TimeSpan.TicksPerMinute
            + seconds * TimeSpan.TicksPerSecond + fraction;
        if (ticks < 0)
            return TimeSpanParseResult.Overflow;
        value = new TimeSpan(negative ? -ticks : ticks);
        return TimeSpanParseResult.Ok;
    }

    // Decimal digits at position (at least one); more than 18 cannot be a component.
    private static bool ReadNumber(string text, ref int position, out long value, out int digits)
    {
        value = 0;
        digits = 0;
        while (position < text.Length && text[position] >= '0' && text[position] <= '9')
        {
            if (digits == 18)
                return false;
            value = value * 10 + (text[position] - '0');
            digits++;
            position++;
        }
        return digits > 0;
    }
}
