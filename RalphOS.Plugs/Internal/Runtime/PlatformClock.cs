// PlatformClock: the seam through which the core library reads time without depending on
// the kernel. The kernel fills it at start-up (KernelMain, from the CMOS real-time clock
// and the timer); DateTime.UtcNow/Now, Stopwatch and Environment.TickCount64 read it.
// Until it is filled, the wall clock reads DateTime.MinValue and the timestamp 0.
namespace Internal.Runtime;

public static unsafe class PlatformClock
{
    // The current universal time in DateTime ticks (100 ns since 0001-01-01).
    public static delegate*<long> ReadUtcTicks;

    // A monotonic counter, TimestampFrequency counts a second.
    public static delegate*<long> ReadTimestamp;

    public static long TimestampFrequency = 1;

    public static long UtcTicks => ReadUtcTicks == null ? 0 : ReadUtcTicks();

    public static long Timestamp => ReadTimestamp == null ? 0 : ReadTimestamp();
}
