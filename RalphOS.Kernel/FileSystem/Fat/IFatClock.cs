// IFatClock: the wall-clock time FatVolume stamps on the files it writes. The kernel
// supplies the CMOS real-time clock; host tests a fixed time. Shared code has no DateTime.
namespace RalphOS.Kernel.FileSystem.Fat;

public interface IFatClock
{
    void GetDateTime(out int year, out int month, out int day, out int hour, out int minute, out int second);
}
