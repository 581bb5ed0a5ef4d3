// DateTimeParser: the text DateTime.Parse accepts in Ralph OS: ISO 8601 (yyyy-MM-dd, with
// an optional time after 'T' or a space: HH:mm[:ss[.fraction]], and an optional zone: Z,
// +hh:mm, +hhmm or +hh) and the invariant culture's MM/dd/yyyy [HH:mm[:ss]]. A time with a
// zone is converted to local time (kind Local; the zone is UTC) unless the styles ask for
// universal time (AdjustToUniversal) or the kind of the text (RoundtripKind: 'Z' is Utc),
// as .NET's parser does.
using System.Globalization;

namespace System;

internal static class DateTimeParser
{
    private const int MaxFractionDigits = 7;

    public static bool TryParse(string text, DateTimeStyles styles, out DateTime result)
    {
        result = DateTime.MinValue;
        string s = text.Trim();
        int position = 0;
        int year, month, day;
        if (Digits(s, 0, 4, out year) && At(s, 4, '-'))
        {
            position = 5;
            if (!ReadFixed(s, ref position, 2, out month) || !Expect(s, ref position, '-') || !ReadFixed(s, ref position, 2, out day))
                return false;
        }
        else
        {
            if (!ReadVariable(s, ref position, out month) || !Expect(s, ref position, '/') || !ReadVariable(s, ref position, out day)
                || !Expect(s, ref position, '/') || !ReadFixed(s, ref position, 4, out year))
                return false;
        }
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        long ticks = new DateTime(year, month, day).Ticks;
        if (position < s.Length && (s[position] == 'T' || s[position] == ' '))
        {
            position++;
            if (!ReadTime(s, ref position, out long timeTicks))
                return false;
            ticks += timeTicks;
        }
        bool hasZone = false;
        long offsetTicks = 0;
        if (position < s.Length)
        {
            if (!ReadZone(s, ref position, out offsetTicks) || position != s.Length)
                return false;
            hasZone = true;
        }
        return Resolve(ticks, hasZone, offsetTicks, s[s.Length - 1] == 'Z', styles, out result);
    }

    private static bool Resolve(long ticks, bool hasZone, long offsetTicks, bool zulu, DateTimeStyles styles, out DateTime result)
    {
        result = DateTime.MinValue;
        bool universal = hasZone || (styles & DateTimeStyles.AssumeUniversal) != 0;
        bool local = !universal && (styles & DateTimeStyles.AssumeLocal) != 0;
        ticks -= offsetTicks;
        if (ticks < 0 || ticks > DateTime.MaxValue.Ticks)
            return false;
        DateTimeKind kind;
        if ((styles & DateTimeStyles.AdjustToUniversal) != 0 && (universal || local))
            kind = DateTimeKind.Utc;
        else if (universal)
            kind = (styles & DateTimeStyles.RoundtripKind) != 0 && zulu ? DateTimeKind.Utc : DateTimeKind.Local;
        else
            kind = local ? DateTimeKind.Local : DateTimeKind.Unspecified;
        result = new DateTime(ticks, kind);
        return true;
    }

    // HH:mm[:ss[.fraction]]
    private static bool ReadTime(string s, ref int position, out long ticks)
    {
        ticks = 0;
        if (!ReadVariable(s, ref position, out int hour) || !Expect(s, ref position, ':') || !ReadFixed(s, ref position, 2, out int minute))
            return false;
        int second = 0;
        if (position < s.Length && s[position] == ':')
        {
            position++;
            if (!ReadFixed(s, ref position, 2, out second))
                return false;
            if (position < s.Length && s[position] == '.')
            {
                position++;
                int digits = 0;
                long fraction = 0;
                while (position < s.Length && IsDigit(s[position]))
                {
                    if (digits < MaxFractionDigits)
                        fraction = fraction * 10 + (s[position] - '0');
                    digits++;
                    position++;
                }
                if (digits == 0)
                    return false;
                for (; digits < MaxFractionDigits; digits++)
                    fraction *= 10;
                ticks = fraction;
            }
        }
        if (hour > 23 || minute > 59 || second > 59)
            return false;
        ticks += hour * TimeSpan.TicksPerHour + minute * TimeSpan.TicksPerMinute + second * TimeSpan.TicksPerSecond;
        return true;
    }

    // Z, +hh:mm, +hhmm or +hh (or '-'); the offset of local time from UTC.
    private static bool ReadZone(string s, ref int position, out long offsetTicks)
    {
        offsetTicks = 0;
        if (s[position] == 'Z')
        {
            position++;
            return true;
        }
        if (s[position] != '+' && s[position] != '-')
            return false;
        bool negative = s[position] == '-';
        position++;
        if (!ReadFixed(s, ref position, 2, out int hours))
            return false;
        int minutes = 0;
        if (position < s.Length && s[position] == ':')
            position++;
        if (position < s.Length && !ReadFixed(s, ref position, 2, out minutes))
            return false;
        if (hours > 14 || minutes > 59)
            return false;
        offsetTicks = hours * TimeSpan.TicksPerHour + minutes * TimeSpan.TicksPerMinute;
        if (negative)
            offsetTicks = -offsetTicks;
        return true;
    }

    private static bool ReadFixed(string s, ref int position, int count, out int value)
    {
        if (!Digits(s, position, count, out value))
            return false;
        position += count;
        return true;
    }

    // One or two digits.
    private static bool ReadVariable(string s, ref int position, out int value)
    {
        int count = position + 1 < s.Length && IsDigit(s[position + 1]) ? 2 : 1;
        return ReadFixed(s, ref position, count, out value);
    }

    private static bool Digits(string s, int position, int count, out int value)
    {
        value = 0;
        if (position + count > s.Length)
            return false;
        for (int i = position; i < position + count; i++)
        {
            if (!IsDigit(s[i]))
                return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    }

    private static bool Expect(string s, ref int position, char expected)
    {
        if (!At(s, position, expected))
            return false;
        position++;
        return true;
    }

    private static bool At(string s, int position, char expected) => position < s.Length && s[position] == expected;

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
