// KernelBasicClock: BASIC's TIMER, TIME$ and DATE$ from the kernel's millisecond clock and
// the CMOS real-time clock.
using RalphOS.Basic.Host;
using RalphOS.Kernel.Drivers.Cmos;
using RalphOS.Kernel.Time;

namespace RalphOS.Kernel.BasicShell;

internal sealed class KernelBasicClock : IBasicClock
{
    public long MillisecondsSinceBoot => (long)Clock.Milliseconds;

    public void GetDateTime(out int year, out int month, out int day, out int hour, out int minute, out int second)
    {
        WallClock now = CmosClock.Read();
        year = now.Year;
        month = now.Month;
        day = now.Day;
        hour = now.Hour;
        minute = now.Minute;
        second = now.Second;
    }
}
