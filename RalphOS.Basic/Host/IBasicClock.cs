// Time for TIMER, TIME$, DATE$ and SLEEP. The kernel supplies PIT ticks and the RTC.
namespace RalphOS.Basic.Host;

public interface IBasicClock
{
    /// <summary>Milliseconds since boot (monotonic).</summary>
    long MillisecondsSinceBoot { get; }

    /// <summary>Wall-clock local date and time.</summary>
    void GetDateTime(out int year, out int month, out int day, out int hour, out int minute, out int second);
}
