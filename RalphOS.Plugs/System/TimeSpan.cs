// System.TimeSpan: a signed interval counted in 100-nanosecond ticks, as .NET's: the
// constructors, the component and Total* properties, From* factories, arithmetic and
// comparison. Text (ToString with "c", "g", "G" and custom formats, Parse) is in
// TimeSpan.Text.cs. DateTime, Stopwatch and user code call it.
namespace System;

public readonly partial struct TimeSpan : IEquatable<TimeSpan>, IComparable<TimeSpan>, IComparable, IFormattable
{
    public const long TicksPerMicrosecond = 10;
    public const long TicksPerMillisecond = 10_000;
    public const long TicksPerSecond = 10_000_000;
    public const long TicksPerMinute = 600_000_000;
    public const long TicksPerHour = 36_000_000_000;
    public const long TicksPerDay = 864_000_000_000;

    public static readonly TimeSpan Zero = new TimeSpan(0);
    public static readonly TimeSpan MaxValue = new TimeSpan(long.MaxValue);
    public static readonly TimeSpan MinValue = new TimeSpan(long.MinValue);

    private readonly long _ticks;

    public TimeSpan(long ticks) => _ticks = ticks;
    public TimeSpan(int hours, int minutes, int seconds) : this(0, hours, minutes, seconds, 0) { }
    public TimeSpan(int days, int hours, int minutes, int seconds) : this(days, hours, minutes, seconds, 0) { }

    public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds)
    {
        // Summed in long milliseconds: every int combination fits, then the range is checked.
        long totalMilliseconds = ((long)days * 3600 * 24 + (long)hours * 3600 + (long)minutes * 60 + seconds) * 1000 + milliseconds;
        if (totalMilliseconds > long.MaxValue / TicksPerMillisecond || totalMilliseconds < long.MinValue / TicksPerMillisecond)
            throw new ArgumentOutOfRangeException(null, "TimeSpan overflowed because the duration is too long.");
        _ticks = totalMilliseconds * TicksPerMillisecond;
    }

    public long Ticks => _ticks;
    public int Days => (int)(_ticks / TicksPerDay);
    public int Hours => (int)(_ticks / TicksPerHour % 24);
    public int Minutes => (int)(_ticks / TicksPerMinute % 60);
    public int Seconds => (int)(_ticks / TicksPerSecond % 60);
    public int Milliseconds => (int)(_ticks / TicksPerMillisecond % 1000);
    public int Microseconds => (int)(_ticks / TicksPerMicrosecond % 1000);
    public int Nanoseconds => (int)(_ticks % TicksPerMicrosecond * 100);

    public double TotalDays => (double)_ticks / TicksPerDay;
    public double TotalHours => (double)_ticks / TicksPerHour;
    public double TotalMinutes => (double)_ticks / TicksPerMinute;
    public double TotalSeconds => (double)_ticks / TicksPerSecond;
    public double TotalMilliseconds => (double)_ticks / TicksPerMillisecond;
    public double TotalMicroseconds => (double)_ticks / TicksPerMicrosecond;
    public double TotalNanoseconds => (double)_ticks * 100.0;

    public static TimeSpan FromTicks(long value) => new TimeSpan(value);
    public static TimeSpan FromDays(double value) => Interval(value, TicksPerDay);
    public static TimeSpan FromHours(double value) => Interval(value, TicksPerHour);
    public static TimeSpan FromMinutes(double value) => Interval(value, TicksPerMinute);
    public static TimeSpan FromSeconds(double value) => Interval(value, TicksPerSecond);
    public static TimeSpan FromMilliseconds(double value) => Interval(value, TicksPerMillisecond);
    public static TimeSpan FromMicroseconds(double value) => Interval(value, TicksPerMicrosecond);

    // .NET (since Core 3.0) truncates the product to whole ticks, no rounding to milliseconds.
    private static TimeSpan Interval(double value, long ticksPerUnit)
    {
        if (double.IsNaN(value))
            throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.");
        double ticks = value * ticksPerUnit;
        if (ticks > long.MaxValue || ticks < long.MinValue)
            throw new OverflowException("TimeSpan overflowed because the duration is too long.");
        return ticks >= long.MaxValue ? MaxValue : new TimeSpan((long)ticks);
    }

    public TimeSpan Add(TimeSpan ts)
    {
        long result = _ticks + ts._ticks;
        // Overflow when both operands have the same sign and the result's sign differs.
        if ((_ticks >> 63) == (ts._ticks >> 63) && (_ticks >> 63) != (result >> 63))
            throw new OverflowException("TimeSpan overflowed because the duration is too long.");
        return new TimeSpan(result);
    }

    public TimeSpan Subtract(TimeSpan ts)
    {
        long result = _ticks - ts._ticks;
        if ((_ticks >> 63) != (ts._ticks >> 63) && (_ticks >> 63) != (result >> 63))
            throw new OverflowException("TimeSpan overflowed because the duration is too long.");
        return new TimeSpan(result);
    }

    public TimeSpan Negate()
    {
        if (_ticks == long.MinValue)
            throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
        return new TimeSpan(-_ticks);
    }

    public TimeSpan Duration()
    {
        if (_ticks == long.MinValue)
            throw new OverflowException("The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.");
        return new TimeSpan(_ticks >= 0 ? _ticks : -_ticks);
    }

    public TimeSpan Multiply(double factor) => FromDoubleTicks(Math.Round(_ticks * factor));
    public TimeSpan Divide(double divisor) => FromDoubleTicks(Math.Round(_ticks / divisor));
    public double Divide(TimeSpan ts) => _ticks / (double)ts._ticks;

    private static TimeSpan FromDoubleTicks(double ticks)
    {
        if (double.IsNaN(ticks))
            throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.");
        if (ticks > long.MaxValue || ticks < long.MinValue)
            throw new OverflowException("TimeSpan overflowed because the duration is too long.");
        return ticks >= long.MaxValue ? MaxValue : new TimeSpan((long)ticks);
    }

    public static int Compare(TimeSpan t1, TimeSpan t2) => t1._ticks < t2._ticks ? -1 : t1._ticks > t2._ticks ? 1 : 0;
    public int CompareTo(TimeSpan value) => Compare(this, value);

    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is TimeSpan other)
            return Compare(this, other);
        throw new ArgumentException("Object must be of type TimeSpan.");
    }

    public bool Equals(TimeSpan obj) => _ticks == obj._ticks;
    public override bool Equals(object value) => value is TimeSpan other && other._ticks == _ticks;
    public static bool Equals(TimeSpan t1, TimeSpan t2) => t1._ticks == t2._ticks;
    public override int GetHashCode() => (int)_ticks ^ (int)(_ticks >> 32);

    public static TimeSpan operator +(TimeSpan t1, TimeSpan t2) => t1.Add(t2);
    public static TimeSpan operator -(TimeSpan t1, TimeSpan t2) => t1.Subtract(t2);
    public static TimeSpan operator -(TimeSpan t) => t.Negate();
    public static TimeSpan operator +(TimeSpan t) => t;
    public static TimeSpan operator *(TimeSpan timeSpan, double factor) => timeSpan.Multiply(factor);
    public static TimeSpan operator *(double factor, TimeSpan timeSpan) => timeSpan.Multiply(factor);
    public static TimeSpan operator /(TimeSpan timeSpan, double divisor) => timeSpan.Divide(divisor);
    public static double operator /(TimeSpan t1, TimeSpan t2) => t1.Divide(t2);
    public static bool operator ==(TimeSpan t1, TimeSpan t2) => t1._ticks == t2._ticks;
    public static bool operator !=(TimeSpan t1, TimeSpan t2) => t1._ticks != t2._ticks;
    public static bool operator <(TimeSpan t1, TimeSpan t2) => t1._ticks < t2._ticks;
    public static bool operator <=(TimeSpan t1, TimeSpan t2) => t1._ticks <= t2._ticks;
    public static bool operator >(TimeSpan t1, TimeSpan t2) => t1._ticks > t2._ticks;
    public static bool operator >=(TimeSpan t1, TimeSpan t2) => t1._ticks >= t2._ticks;
}
