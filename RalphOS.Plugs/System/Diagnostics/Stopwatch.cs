// System.Diagnostics.Stopwatch: measures elapsed time with the platform's monotonic
// timestamp (Internal.Runtime.PlatformClock; in the kernel the timer refined by the CPU's
// timestamp counter, in microseconds). Start/Stop accumulate, Restart/Reset clear, and
// Elapsed, ElapsedMilliseconds and ElapsedTicks read the total, as .NET's.
using Internal.Runtime;

namespace System.Diagnostics;

public class Stopwatch
{
    public static readonly bool IsHighResolution = true;

    private long _elapsed;
    private long _startTimestamp;
    private bool _isRunning;

    public static long Frequency => PlatformClock.TimestampFrequency;

    public static long GetTimestamp() => PlatformClock.Timestamp;

    public static Stopwatch StartNew()
    {
        var stopwatch = new Stopwatch();
        stopwatch.Start();
        return stopwatch;
    }

    public static TimeSpan GetElapsedTime(long startingTimestamp) => GetElapsedTime(startingTimestamp, GetTimestamp());

    public static TimeSpan GetElapsedTime(long startingTimestamp, long endingTimestamp) =>
        new TimeSpan(TimestampToTicks(endingTimestamp - startingTimestamp));

    public bool IsRunning => _isRunning;

    public void Start()
    {
        if (_isRunning)
            return;
        _startTimestamp = GetTimestamp();
        _isRunning = true;
    }

    public void Stop()
    {
        if (!_isRunning)
            return;
        _elapsed += GetTimestamp() - _startTimestamp;
        _isRunning = false;
        if (_elapsed < 0)
            _elapsed = 0;
    }

    public void Reset()
    {
        _elapsed = 0;
        _isRunning = false;
        _startTimestamp = 0;
    }

    public void Restart()
    {
        _elapsed = 0;
        _startTimestamp = GetTimestamp();
        _isRunning = true;
    }

    // In timestamp units, as .NET's ElapsedTicks (not TimeSpan ticks).
    public long ElapsedTicks => _isRunning ? _elapsed + GetTimestamp() - _startTimestamp : _elapsed;

    public TimeSpan Elapsed => new TimeSpan(TimestampToTicks(ElapsedTicks));

    public long ElapsedMilliseconds => TimestampToTicks(ElapsedTicks) / TimeSpan.TicksPerMillisecond;

    public override string ToString() => Elapsed.ToString();

    // Whole seconds and the remainder separately, so a long run cannot overflow the product.
    private static long TimestampToTicks(long timestamp)
    {
        long frequency = Frequency;
        return timestamp / frequency * TimeSpan.TicksPerSecond + timestamp % frequency * TimeSpan.TicksPerSecond / frequency;
    }
}
