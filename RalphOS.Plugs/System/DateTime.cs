// System.DateTime: a date and time of day in the proleptic Gregorian calendar, counted in
// 100-nanosecond ticks since 0001-01-01 00:00, with a kind (Utc, Local, Unspecified) in the
// top two bits as .NET keeps it. Construction, components, arithmetic and comparison are
// here; the clock (Now, UtcNow) in DateTime.Now.cs, text in DateTime.Text.cs.
namespace System;

public readonly partial struct DateTime : IEquatable<DateTime>, IComparable<DateTime>, IComparable, IFormattable
{
    private const long MaxTicks = 3_155_378_975_999_999_999; // 9999-12-31 23:59:59.9999999
    private const int DaysPerYear = 365;
    private const int DaysPer4Years = DaysPerYear * 4 + 1;
    private const int DaysPer100Years = DaysPer4Years * 25 - 1;
    private const int DaysPer400Years = DaysPer100Years * 4 + 1;
    private const int KindShift = 62;
    private const ulong TicksMask = (1UL << KindShift) - 1;

    private static readonly int[] DaysToMonth365 = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };
    private static readonly int[] DaysToMonth366 = { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 };

    public static readonly DateTime MinValue = new DateTime(0L);
    public static readonly DateTime MaxValue = new DateTime(MaxTicks);
    public static readonly DateTime UnixEpoch = new DateTime(621_355_968_000_000_000, DateTimeKind.Utc);

    private readonly ulong _dateData;

    public DateTime(long ticks) : this(ticks, DateTimeKind.Unspecified) { }

    public DateTime(long ticks, DateTimeKind kind)
    {
        if ((ulong)ticks > MaxTicks)
            throw new ArgumentOutOfRangeException("ticks", "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.");
        if ((uint)kind > (uint)DateTimeKind.Local)
            throw new ArgumentException("Invalid DateTimeKind value.", "kind");
        _dateData = (ulong)ticks | ((ulong)kind << KindShift);
    }

    public DateTime(int year, int month, int day) : this(DateToTicks(year, month, day)) { }

    public DateTime(int year, int month, int day, int hour, int minute, int second)
        : this(year, month, day, hour, minute, second, 0, DateTimeKind.Unspecified) { }

    public DateTime(int year, int month, int day, int hour, int minute, int second, DateTimeKind kind)
        : this(year, month, day, hour, minute, second, 0, kind) { }

    public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond)
        : this(year, month, day, hour, minute, second, millisecond, DateTimeKind.Unspecified) { }

    public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, DateTimeKind kind)
        : this(DateToTicks(year, month, day) + TimeToTicks(hour, minute, second, millisecond), kind) { }

    public long Ticks => (long)(_dateData & TicksMask);
    public DateTimeKind Kind => (DateTimeKind)(_dateData >> KindShift);
    public int Year => GetDatePart(out _, out _);
    public int Month { get { GetDatePart(out int month, out _); return month; } }
    public int Day { get { GetDatePart(out _, out int day); return day; } }
    public int DayOfYear => (int)(DayNumber - DateToTicks(Year, 1, 1) / TimeSpan.TicksPerDay) + 1;
    public DayOfWeek DayOfWeek => (DayOfWeek)((DayNumber + 1) % 7); // 0001-01-01 was a Monday
    public int Hour => (int)(Ticks / TimeSpan.TicksPerHour % 24);
    public int Minute => (int)(Ticks / TimeSpan.TicksPerMinute % 60);
    public int Second => (int)(Ticks / TimeSpan.TicksPerSecond % 60);
    public int Millisecond => (int)(Ticks / TimeSpan.TicksPerMillisecond % 1000);
    public int Microsecond => (int)(Ticks / TimeSpan.TicksPerMicrosecond % 1000);
    public int Nanosecond => (int)(Ticks % TimeSpan.TicksPerMicrosecond * 100);
    public DateTime Date => WithTicks(Ticks - Ticks % TimeSpan.TicksPerDay);
    public TimeSpan TimeOfDay => new TimeSpan(Ticks % TimeSpan.TicksPerDay);

    private long DayNumber => Ticks / TimeSpan.TicksPerDay;

    public static bool IsLeapYear(int year)
    {
        if (year < 1 || year > 9999)
            throw new ArgumentOutOfRangeException("year", "Year must be between 1 and 9999.");
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    public static int DaysInMonth(int year, int month)
    {
        if (month < 1 || month > 12)
            throw new ArgumentOutOfRangeException("month", "Month must be between one and twelve.");
        int[] days = IsLeapYear(year) ? DaysToMonth366 : DaysToMonth365;
        return days[month] - days[month - 1];
    }

    public static DateTime SpecifyKind(DateTime value, DateTimeKind kind) => new DateTime(value.Ticks, kind);

    private static long DateToTicks(int year, int month, int day)
    {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
            throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
        int[] days = IsLeapYear(year) ? DaysToMonth366 : DaysToMonth365;
        if (day > days[month] - days[month - 1])
            throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
        long y = year - 1;
        long dayNumber = y * DaysPerYear + y / 4 - y / 100 + y / 400 + days[month - 1] + day - 1;
        return dayNumber * TimeSpan.TicksPerDay;
    }

    private static long TimeToTicks(int hour, int minute, int second, int millisecond)
    {
        if ((uint)hour >= 24 || (uint)minute >= 60 || (uint)second >= 60)
            throw new ArgumentOutOfRangeException(null, "Hour, Minute, and Second parameters describe an un-representable DateTime.");
        if ((uint)millisecond >= 1000)
            throw new ArgumentOutOfRangeException("millisecond", "Valid values are between 0 and 999, inclusive.");
        return hour * TimeSpan.TicksPerHour + minute * TimeSpan.TicksPerMinute + second * TimeSpan.TicksPerSecond
            + millisecond * TimeSpan.TicksPerMillisecond;
    }

    // Year, month and day from the day number: whole 400-, 100-, 4- and 1-year cycles, the
    // last of the 100- and 1-year cycles being one day longer.
    private int GetDatePart(out int month, out int day)
    {
        long n = DayNumber;
        long cycles400 = n / DaysPer400Years;
        n -= cycles400 * DaysPer400Years;
        long cycles100 = n / DaysPer100Years;
        if (cycles100 == 4)
            cycles100 = 3;
        n -= cycles100 * DaysPer100Years;
        long cycles4 = n / DaysPer4Years;
        n -= cycles4 * DaysPer4Years;
        long years = n / DaysPerYear;
        if (years == 4)
            years = 3;
        n -= years * DaysPerYear;
        bool leap = years == 3 && (cycles4 != 24 || cycles100 == 3);
        int[] days = leap ? DaysToMonth366 : DaysToMonth365;
        month = 1;
        while (n >= days[month])
            month++;
        day = (int)(n - days[month - 1]) + 1;
        return (int)(cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years + 1);
    }

    private DateTime WithTicks(long ticks) => new DateTime(ticks, Kind);

    public DateTime Add(TimeSpan value) => AddTicks(value.Ticks);

    public DateTime AddTicks(long value)
    {
        long ticks = Ticks;
        if (value > MaxTicks - ticks || value < -ticks)
            throw new ArgumentOutOfRangeException("value", "The added or subtracted value results in an un-representable DateTime.");
        return WithTicks(ticks + value);
    }

    public DateTime AddDays(double value) => AddUnits(value, TimeSpan.TicksPerDay);
    public DateTime AddHours(double value) => AddUnits(value, TimeSpan.TicksPerHour);
    public DateTime AddMinutes(double value) => AddUnits(value, TimeSpan.TicksPerMinute);
    public DateTime AddSeconds(double value) => AddUnits(value, TimeSpan.TicksPerSecond);
    public DateTime AddMilliseconds(double value) => AddUnits(value, TimeSpan.TicksPerMillisecond);
    public DateTime AddMicroseconds(double value) => AddUnits(value, TimeSpan.TicksPerMicrosecond);

    // As .NET 7 and later: the whole units exactly, the fraction truncated to ticks.
    private DateTime AddUnits(double value, long ticksPerUnit)
    {
        if (!(Math.Abs(value) <= (double)MaxTicks / ticksPerUnit))
            throw new ArgumentOutOfRangeException("value", "Value to add was out of range.");
        double whole = Math.Truncate(value);
        return AddTicks((long)whole * ticksPerUnit + (long)((value - whole) * ticksPerUnit));
    }

    public DateTime AddMonths(int months)
    {
        if (months < -120000 || months > 120000)
            throw new ArgumentOutOfRangeException("months", "Months value must be between +/-120000.");
        int year = GetDatePart(out int month, out int day);
        int index = month - 1 + months;
        if (index >= 0)
        {
            month = index % 12 + 1;
            year += index / 12;
        }
        else
        {
            month = 12 + (index + 1) % 12;
            year += (index - 11) / 12;
        }
        if (year < 1 || year > 9999)
            throw new ArgumentOutOfRangeException("months", "The added or subtracted value results in an un-representable DateTime.");
        int length = DaysInMonth(year, month);
        if (day > length)
            day = length;
        return WithTicks(DateToTicks(year, month, day) + Ticks % TimeSpan.TicksPerDay);
    }

    public DateTime AddYears(int value)
    {
        if (value < -10000 || value > 10000)
            throw new ArgumentOutOfRangeException("years", "The added or subtracted value results in an un-representable DateTime.");
        return AddMonths(value * 12);
    }

    public TimeSpan Subtract(DateTime value) => new TimeSpan(Ticks - value.Ticks);
    public DateTime Subtract(TimeSpan value) => AddTicks(-value.Ticks);

    public static int Compare(DateTime t1, DateTime t2) => t1.Ticks < t2.Ticks ? -1 : t1.Ticks > t2.Ticks ? 1 : 0;
    public int CompareTo(DateTime value) => Compare(this, value);

    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is DateTime other)
            return Compare(this, other);
        throw new ArgumentException("Object must be of type DateTime.");
    }

    // Equality and order ignore the kind, as .NET's.
    public bool Equals(DateTime value) => Ticks == value.Ticks;
    public override bool Equals(object value) => value is DateTime other && other.Ticks == Ticks;
    public static bool Equals(DateTime t1, DateTime t2) => t1.Ticks == t2.Ticks;
    public override int GetHashCode() => (int)Ticks ^ (int)(Ticks >> 32);

    public static DateTime operator +(DateTime d, TimeSpan t) => d.Add(t);
    public static DateTime operator -(DateTime d, TimeSpan t) => d.Subtract(t);
    public static TimeSpan operator -(DateTime d1, DateTime d2) => d1.Subtract(d2);
    public static bool operator ==(DateTime d1, DateTime d2) => d1.Ticks == d2.Ticks;
    public static bool operator !=(DateTime d1, DateTime d2) => d1.Ticks != d2.Ticks;
    public static bool operator <(DateTime t1, DateTime t2) => t1.Ticks < t2.Ticks;
    public static bool operator <=(DateTime t1, DateTime t2) => t1.Ticks <= t2.Ticks;
    public static bool operator >(DateTime t1, DateTime t2) => t1.Ticks > t2.Ticks;
    public static bool operator >=(DateTime t1, DateTime t2) => t1.Ticks >= t2.Ticks;
}
