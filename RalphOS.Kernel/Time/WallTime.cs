// WallTime: fills the core library's clock seam (Internal.Runtime.PlatformClock) at boot, so
// DateTime.UtcNow/Now, Stopwatch and Environment.TickCount work in the kernel. The CMOS
// real-time clock is read once (it counts whole seconds); after that the time is the boot
// reading plus the monotonic Clock's microseconds, so it never steps backwards. Stopwatch's
// timestamp is Clock.PreciseMicroseconds (the timer refined by the timestamp counter).
// KernelMain calls Start right after the timer starts.
using System;
using Internal.Runtime;
using RalphOS.Kernel.Drivers.Cmos;

namespace RalphOS.Kernel.Time;

internal static unsafe class WallTime
{
    private const long MicrosecondsPerSecond = 1_000_000;

    private static long _utcTicksAtStart;
    private static ulong _microsecondsAtStart;

    // False when the real-time clock's reading is not a date (the wall clock then starts
    // at 2000-01-01 00:00 UTC, which the CMOS chip's two-digit year cannot precede).
    public static bool ClockWasValid { get; private set; }

    public static void Start()
    {
        WallClock reading = CmosClock.Read();
        _microsecondsAtStart = Clock.PreciseMicroseconds;
        ClockWasValid = IsValid(reading);
        DateTime start = ClockWasValid
            ? new DateTime(reading.Year, reading.Month, reading.Day, reading.Hour, reading.Minute, reading.Second, DateTimeKind.Utc)
            : new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        _utcTicksAtStart = start.Ticks;
        PlatformClock.TimestampFrequency = MicrosecondsPerSecond;
        PlatformClock.ReadTimestamp = &ReadTimestamp;
        PlatformClock.ReadUtcTicks = &ReadUtcTicks;
    }

    private static bool IsValid(WallClock reading) =>
        reading.Month >= 1 && reading.Month <= 12 && reading.Day >= 1 && reading.Day <= DateTime.DaysInMonth(reading.Year, reading.Month)
        && reading.Hour < 24 && reading.Minute < 60 && reading.Second < 60;

    private static long ReadTimestamp() => (long)Clock.PreciseMicroseconds;

    private static long ReadUtcTicks() =>
        _utcTicksAtStart + (long)(Clock.PreciseMicroseconds - _microsecondsAtStart) * TimeSpan.TicksPerMicrosecond;
}
