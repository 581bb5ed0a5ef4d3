// CmosFatClock: the real-time clock (CmosClock) as the file system's IFatClock, so files
// SAVEd in Ralph OS carry the date and time FILES shows. Used by DiskService at mount.
using RalphOS.Kernel.Drivers.Cmos;
using RalphOS.Kernel.FileSystem.Fat;

namespace RalphOS.Kernel.Storage;

internal sealed class CmosFatClock : IFatClock
{
    public void GetDateTime(out int year, out int month, out int day, out int hour, out int minute, out int second)
    {
        WallClock now = CmosClock.Read();
        year = now.Year; month = now.Month; day = now.Day;
        hour = now.Hour; minute = now.Minute; second = now.Second;
    }
}
