// System.Environment: the little of .NET's Environment that has a meaning in Ralph OS: the
// milliseconds since start-up (TickCount, TickCount64) from the platform's monotonic clock,
// the line separator, and the processor count.
using Internal.Runtime;

namespace System;

public static partial class Environment
{
    public static string NewLine => "\n";

    public static int ProcessorCount => 1;

    public static long TickCount64 => PlatformClock.Timestamp / (PlatformClock.TimestampFrequency / 1000 == 0 ? 1 : PlatformClock.TimestampFrequency / 1000);

    public static int TickCount => (int)TickCount64;
}
