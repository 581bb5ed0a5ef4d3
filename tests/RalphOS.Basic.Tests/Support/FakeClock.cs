// Test clock: a fixed wall-clock time and a settable millisecond counter.
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Tests.Support;

public sealed class FakeClock : IBasicClock
{
    public long Ms = 1234;
    public long MillisecondsSinceBoot => Ms;

    public void GetDateTime(out int year, out int month, out int day, out int hour, out int minute, out int second)
    {
        year = 2026; month = 3; day = 7; hour = 13; minute = 5; second = 9;
    }
}
