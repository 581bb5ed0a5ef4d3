// FixedClock: a wall clock stopped at one moment, so written timestamps are predictable.
using RalphOS.Kernel.FileSystem.Fat;

namespace RalphOS.Storage.Tests.Support;

public sealed class FixedClock : IFatClock
{
    public void GetDateTime(out int year, out int month, out int day, out int hour, out int minute, out int second)
    {
        year = 2026; month = 12; day = 5; hour = 10; minute = 30; second = 44;
    }
}
