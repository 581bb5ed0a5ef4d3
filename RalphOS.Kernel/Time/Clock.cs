// Clock: the kernel's monotonic time, counted in PIT ticks since the timer started and
// reported in milliseconds. The tick handler runs on IRQ 0; everything else only reads.
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Interrupts;

namespace RalphOS.Kernel.Time;

internal static unsafe class Clock
{
    private static ulong _ticks;

    private static ulong _timestampAtStart;

    public static void Start()
    {
        IrqTable.Register(Pit8254.IrqLine, &OnTick);
        _timestampAtStart = Cpu.ReadTimestampCounter();
        Pit8254.Start();
    }

    // The CPU's timestamp-counter rate, measured against the timer since it started (0
    // until the first millisecond has passed).
    public static ulong TimestampCyclesPerMillisecond
    {
        get
        {
            ulong elapsed = Milliseconds;
            return elapsed == 0 ? 0 : (Cpu.ReadTimestampCounter() - _timestampAtStart) / elapsed;
        }
    }

    public static ulong Ticks => _ticks;

    // Milliseconds since the timer started: ticks x (divisor / input clock), exactly.
    public static ulong Milliseconds => _ticks * Pit8254.Divisor * 1000 / Pit8254.InputHz;

    // Microseconds since the timer started, at the timer's 1 ms resolution.
    public static ulong Microseconds => _ticks * Pit8254.Divisor * 1_000_000 / Pit8254.InputHz;

    public static ulong ReadMicroseconds() => Microseconds;

    private static void OnTick()
    {
        _ticks++;
    }
}
