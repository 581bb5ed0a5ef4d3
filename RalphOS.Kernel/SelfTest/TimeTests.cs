// TimeTests: DateTime, TimeSpan and Stopwatch as .NET runs them: construction, components,
// calendar arithmetic (leap years, month ends), comparison, the standard and custom
// formats of the invariant culture, ISO 8601 and TimeSpan parsing, and the clock (UtcNow
// after the year 2000 and advancing, Stopwatch counting while running only). Expected values
// are what .NET produces (the host run proves it).
using System;
using System.Diagnostics;
using System.Globalization;

namespace RalphOS.Kernel.SelfTest;

internal static class TimeTests
{
    public static void Run()
    {
        TimeSpanChecks();
        DateTimeChecks();
        FormatChecks();
        ParseChecks();
        ClockChecks();
    }

    private static void TimeSpanChecks()
    {
        var span = new TimeSpan(1, 2, 3, 4, 5);
        SelfTestRunner.Check("TimeSpan components", span.Days == 1 && span.Hours == 2 && span.Minutes == 3 && span.Seconds == 4
            && span.Milliseconds == 5 && span.Ticks == 937_840_050_000);
        SelfTestRunner.Check("TimeSpan totals", TimeSpan.FromHours(1.5).TotalMinutes == 90 && new TimeSpan(0, 0, 90).TotalMinutes == 1.5
            && TimeSpan.FromMilliseconds(2.5).Ticks == 25_000 && TimeSpan.FromDays(1).TotalHours == 24);
        var negative = new TimeSpan(-1, -2, -3, -4, -5);
        SelfTestRunner.Check("TimeSpan negative components", negative.Days == -1 && negative.Hours == -2 && negative.Milliseconds == -5
            && negative.Duration() == span && -span == negative);
        SelfTestRunner.Check("TimeSpan arithmetic and comparison", span + negative == TimeSpan.Zero && span - TimeSpan.FromDays(1) == new TimeSpan(0, 2, 3, 4, 5)
            && span * 2 == new TimeSpan(2, 4, 6, 8, 10) && span / 2 == new TimeSpan(468_920_025_000) && TimeSpan.FromHours(3) / TimeSpan.FromHours(2) == 1.5
            && span > negative && span.CompareTo(negative) == 1 && TimeSpan.Compare(negative, span) == -1 && span.Equals((object)new TimeSpan(span.Ticks)));
        SelfTestRunner.Check("TimeSpan overflow throws", Expect.Throws<OverflowException>(() => TimeSpan.MaxValue.Add(TimeSpan.FromTicks(1)))
            && Expect.Throws<OverflowException>(() => TimeSpan.MinValue.Negate()) && Expect.Throws<OverflowException>(() => TimeSpan.FromDays(1e10)));
        SelfTestRunner.Check("TimeSpan ToString", span.ToString() == "1.02:03:04.0050000" && negative.ToString() == "-1.02:03:04.0050000"
            && new TimeSpan(0, 1, 2).ToString() == "00:01:02" && TimeSpan.Zero.ToString() == "00:00:00"
            && TimeSpan.MaxValue.ToString() == "10675199.02:48:05.4775807");
        SelfTestRunner.Check("TimeSpan standard formats", span.ToString("c") == "1.02:03:04.0050000" && span.ToString("g") == "1:2:03:04.005"
            && span.ToString("G") == "1:02:03:04.0050000" && new TimeSpan(0, 1, 2).ToString("g") == "0:01:02");
        SelfTestRunner.Check("TimeSpan custom formats", span.ToString(@"hh\:mm\:ss") == "02:03:04" && span.ToString("d' days 'h'h'") == "1 days 2h"
            && span.ToString(@"%m") == "3" && span.ToString("ss\\.fff") == "04.005" && span.ToString("ss\\.FFFF") == "04.005"
            && Expect.Throws<FormatException>(() => span.ToString("hhh")));
    }

    private static void DateTimeChecks()
    {
        var moment = new DateTime(2024, 2, 29, 13, 45, 30, 123);
        SelfTestRunner.Check("DateTime components", moment.Year == 2024 && moment.Month == 2 && moment.Day == 29 && moment.Hour == 13
            && moment.Minute == 45 && moment.Second == 30 && moment.Millisecond == 123 && moment.DayOfWeek == DayOfWeek.Thursday
            && moment.DayOfYear == 60 && moment.Kind == DateTimeKind.Unspecified && moment.Ticks == 638_448_111_301_230_000);
        SelfTestRunner.Check("DateTime Date and TimeOfDay", moment.Date == new DateTime(2024, 2, 29) && moment.TimeOfDay == new TimeSpan(0, 13, 45, 30, 123));
        SelfTestRunner.Check("DateTime day of year and week across centuries", new DateTime(2000, 12, 31).DayOfYear == 366
            && new DateTime(1900, 12, 31).DayOfYear == 365 && new DateTime(2100, 3, 1).DayOfYear == 60 && new DateTime(1, 1, 1).DayOfWeek == DayOfWeek.Monday
            && new DateTime(9999, 12, 31).DayOfWeek == DayOfWeek.Friday && new DateTime(1970, 1, 1).DayOfWeek == DayOfWeek.Thursday);
        SelfTestRunner.Check("DateTime round trip of every day's components", EveryDayRoundTrips());
        SelfTestRunner.Check("DateTime leap years and month lengths", DateTime.IsLeapYear(2000) && !DateTime.IsLeapYear(1900) && DateTime.IsLeapYear(2024)
            && DateTime.DaysInMonth(2023, 2) == 28 && DateTime.DaysInMonth(2024, 2) == 29 && DateTime.DaysInMonth(2024, 4) == 30);
        SelfTestRunner.Check("DateTime AddMonths and AddYears clamp the day", new DateTime(2024, 1, 31).AddMonths(1) == new DateTime(2024, 2, 29)
            && new DateTime(2024, 2, 29).AddYears(1) == new DateTime(2025, 2, 28) && new DateTime(2024, 3, 31).AddMonths(-13) == new DateTime(2023, 2, 28)
            && new DateTime(2024, 5, 15).AddMonths(-5) == new DateTime(2023, 12, 15));
        SelfTestRunner.Check("DateTime add units", moment.AddDays(1.5) == new DateTime(2024, 3, 2, 1, 45, 30, 123) && moment.AddHours(-14).Day == 28
            && moment.AddMinutes(15).Hour == 14 && moment.AddSeconds(29.877).Ticks == moment.Ticks + 298_769_999 && moment.AddMilliseconds(877).Second == 31
            && moment.AddTicks(1).Ticks == moment.Ticks + 1);
        SelfTestRunner.Check("DateTime subtraction and comparison", moment - new DateTime(2024, 2, 28) == new TimeSpan(1, 13, 45, 30, 123)
            && moment - TimeSpan.FromDays(29) == new DateTime(2024, 1, 31, 13, 45, 30, 123) && moment > new DateTime(2024, 2, 29)
            && DateTime.Compare(moment, moment.AddTicks(-1)) == 1 && moment.CompareTo((object)moment) == 0 && moment.Equals((object)moment)
            && moment == DateTime.SpecifyKind(moment, DateTimeKind.Utc));
        SelfTestRunner.Check("DateTime range checks throw", Expect.Throws<ArgumentOutOfRangeException>(() => new DateTime(2023, 2, 29))
            && Expect.Throws<ArgumentOutOfRangeException>(() => new DateTime(2024, 1, 1, 24, 0, 0)) && Expect.Throws<ArgumentOutOfRangeException>(() => DateTime.MaxValue.AddTicks(1))
            && Expect.Throws<ArgumentOutOfRangeException>(() => DateTime.MinValue.AddDays(-1)) && Expect.Throws<ArgumentOutOfRangeException>(() => new DateTime(10000, 1, 1)));
        SelfTestRunner.Check("DateTime kinds and Unix epoch", DateTime.UnixEpoch.Kind == DateTimeKind.Utc && DateTime.UnixEpoch.Ticks == 621_355_968_000_000_000
            && new DateTime(5, DateTimeKind.Utc).Kind == DateTimeKind.Utc && DateTime.SpecifyKind(moment, DateTimeKind.Local).Kind == DateTimeKind.Local
            && DateTime.MaxValue.Ticks == 3_155_378_975_999_999_999 && DateTime.MinValue.Ticks == 0);
    }

    // Every day from 1999 to 2101 (the 100- and 400-year rules) rebuilt from its own components.
    private static bool EveryDayRoundTrips()
    {
        var day = new DateTime(1999, 1, 1);
        int expectedDayOfWeek = (int)day.DayOfWeek;
        while (day.Year < 2102)
        {
            if (new DateTime(day.Year, day.Month, day.Day) != day || (int)day.DayOfWeek != expectedDayOfWeek)
                return false;
            day = day.AddDays(1);
            expectedDayOfWeek = (expectedDayOfWeek + 1) % 7;
        }
        return true;
    }

    private static void FormatChecks()
    {
        var moment = new DateTime(2024, 3, 5, 7, 8, 9, 10);
        var utc = new DateTime(2024, 3, 5, 17, 8, 9, 10, DateTimeKind.Utc);
        SelfTestRunner.Check("DateTime ToString", moment.ToString() == "03/05/2024 07:08:09" && moment.ToString(CultureInfo.InvariantCulture) == "03/05/2024 07:08:09");
        SelfTestRunner.Check("DateTime standard date formats", moment.ToString("d") == "03/05/2024" && moment.ToString("D") == "Tuesday, 05 March 2024"
            && moment.ToString("M") == "March 05" && moment.ToString("Y") == "2024 March" && moment.ToShortDateString() == "03/05/2024");
        SelfTestRunner.Check("DateTime standard time formats", moment.ToString("t") == "07:08" && moment.ToString("T") == "07:08:09"
            && moment.ToString("f") == "Tuesday, 05 March 2024 07:08" && moment.ToString("F") == "Tuesday, 05 March 2024 07:08:09"
            && moment.ToString("g") == "03/05/2024 07:08" && moment.ToString("G") == "03/05/2024 07:08:09");
        SelfTestRunner.Check("DateTime round-trip and sortable formats", moment.ToString("o") == "2024-03-05T07:08:09.0100000"
            && utc.ToString("O") == "2024-03-05T17:08:09.0100000Z" && moment.ToString("s") == "2024-03-05T07:08:09"
            && utc.ToString("u") == "2024-03-05 17:08:09Z" && utc.ToString("r") == "Tue, 05 Mar 2024 17:08:09 GMT"
            && utc.ToString("U") == "Tuesday, 05 March 2024 17:08:09");
        SelfTestRunner.Check("DateTime custom formats", moment.ToString("yyyy-MM-dd HH:mm:ss.fff") == "2024-03-05 07:08:09.010"
            && moment.ToString("ddd d MMM yy") == "Tue 5 Mar 24" && moment.ToString("h:mm tt") == "7:08 AM" && utc.ToString("hh t") == "05 P"
            && moment.ToString("'Day' d 'of' MMMM") == "Day 5 of March" && moment.ToString(@"\Y yyyyy") == "Y 02024" && moment.ToString("%d") == "5"
            && moment.ToString("HH:mm:ss.FFF") == "07:08:09.01" && moment.Date.ToString("HH:mm:ss.FFF") == "00:00:00" && moment.ToString("y") == "2024 March");
        SelfTestRunner.Check("DateTime bad format throws", Expect.Throws<FormatException>(() => moment.ToString("Q")) && Expect.Throws<FormatException>(() => moment.ToString("'open")));
    }

    private static void ParseChecks()
    {
        SelfTestRunner.Check("DateTime.Parse ISO 8601", DateTime.Parse("2024-03-05") == new DateTime(2024, 3, 5)
            && DateTime.Parse("2024-03-05T07:08:09") == new DateTime(2024, 3, 5, 7, 8, 9) && DateTime.Parse("2024-03-05 07:08").Minute == 8
            && DateTime.Parse("2024-03-05T07:08:09.1234567").Ticks == new DateTime(2024, 3, 5, 7, 8, 9).Ticks + 1_234_567
            && DateTime.Parse(" 2024-03-05T07:08:09 ").Kind == DateTimeKind.Unspecified);
        DateTime zulu = DateTime.Parse("2024-03-05T07:08:09Z", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        DateTime offset = DateTime.Parse("2024-03-05T07:08:09+02:00", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        SelfTestRunner.Check("DateTime.Parse time zones", zulu.Kind == DateTimeKind.Utc && zulu == new DateTime(2024, 3, 5, 7, 8, 9)
            && offset.Kind == DateTimeKind.Utc && offset == new DateTime(2024, 3, 5, 5, 8, 9)
            && DateTime.Parse("2024-03-05T23:30:00-01:00", null, DateTimeStyles.AdjustToUniversal) == new DateTime(2024, 3, 6, 0, 30, 0)
            && DateTime.Parse("2024-03-05", null, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal).Kind == DateTimeKind.Utc);
        SelfTestRunner.Check("DateTime.Parse invariant date", DateTime.Parse("03/05/2024") == new DateTime(2024, 3, 5)
            && DateTime.Parse("3/5/2024 07:08:09") == new DateTime(2024, 3, 5, 7, 8, 9));
        var roundTrip = new DateTime(2024, 3, 5, 7, 8, 9, 10, DateTimeKind.Utc).AddTicks(1234);
        DateTime back = DateTime.Parse(roundTrip.ToString("o"), null, DateTimeStyles.RoundtripKind);
        SelfTestRunner.Check("DateTime \"o\" round-trips through Parse", back == roundTrip && back.Kind == DateTimeKind.Utc);
        SelfTestRunner.Check("DateTime.TryParse rejects bad text", !DateTime.TryParse("2023-02-29", out _) && !DateTime.TryParse("2024-13-01", out _)
            && !DateTime.TryParse("2024-03-05T25:00", out _) && !DateTime.TryParse("", out _) && !DateTime.TryParse(null, out _)
            && !DateTime.TryParse("yesterday", out _) && Expect.Throws<FormatException>(() => DateTime.Parse("2024-03-05T07:08:09 junk")));
        SelfTestRunner.Check("TimeSpan.Parse", TimeSpan.Parse("1.02:03:04.005") == new TimeSpan(1, 2, 3, 4, 5) && TimeSpan.Parse("02:03") == new TimeSpan(2, 3, 0)
            && TimeSpan.Parse("-00:00:01") == TimeSpan.FromSeconds(-1) && TimeSpan.Parse("7") == TimeSpan.FromDays(7)
            && TimeSpan.Parse(TimeSpan.MaxValue.ToString()) == TimeSpan.MaxValue && TimeSpan.TryParse(" 00:00:00.5 ", out TimeSpan half) && half.Milliseconds == 500);
        SelfTestRunner.Check("TimeSpan.Parse errors", Expect.Throws<OverflowException>(() => TimeSpan.Parse("24:00")) && Expect.Throws<FormatException>(() => TimeSpan.Parse("1:x"))
            && Expect.Throws<OverflowException>(() => TimeSpan.Parse("00:60")) && !TimeSpan.TryParse("abc", out _) && !TimeSpan.TryParse(null, out _));
    }

    private static void ClockChecks()
    {
        DateTime first = DateTime.UtcNow;
        SelfTestRunner.Check("DateTime.UtcNow is a UTC time after 2020", first.Kind == DateTimeKind.Utc && first.Year >= 2020 && DateTime.Now.Kind == DateTimeKind.Local
            && DateTime.Today.TimeOfDay == TimeSpan.Zero);
        var stopwatch = Stopwatch.StartNew();
        long startTimestamp = Stopwatch.GetTimestamp();
        SpinUntilElapsed(stopwatch, 20);
        bool running = stopwatch.IsRunning && stopwatch.ElapsedMilliseconds >= 20 && stopwatch.Elapsed.TotalMilliseconds >= 20
            && Stopwatch.GetElapsedTime(startTimestamp).Ticks > 0 && Stopwatch.Frequency > 0;
        stopwatch.Stop();
        long stoppedAt = stopwatch.ElapsedTicks;
        SpinUntilElapsed(Stopwatch.StartNew(), 5);
        bool stopped = !stopwatch.IsRunning && stopwatch.ElapsedTicks == stoppedAt;
        stopwatch.Reset();
        SelfTestRunner.Check("Stopwatch runs, stops and resets", running && stopped && stopwatch.ElapsedTicks == 0 && stopwatch.Elapsed == TimeSpan.Zero);
        SelfTestRunner.Check("DateTime.UtcNow advances with the clock", DateTime.UtcNow - first >= TimeSpan.FromMilliseconds(20));
    }

    // Busy-waits (bounded by a loop count so a stopped clock fails instead of hanging).
    private static void SpinUntilElapsed(Stopwatch stopwatch, long milliseconds)
    {
        for (long spins = 0; spins < 2_000_000_000 && stopwatch.ElapsedMilliseconds < milliseconds; spins++)
        {
        }
    }
}
