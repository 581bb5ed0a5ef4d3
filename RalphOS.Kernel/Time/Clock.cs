// Clock: the kernel's monotonic time, counted in PIT ticks since the timer started and
// reported in milliseconds; PreciseMicroseconds refines the last tick with the CPU's
// timestamp counter for intervals far shorter than a tick (the collector's pauses). The
// tick handler runs on IRQ 0; everything else only reads.
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Drivers.Pit;
using RalphOS.Kernel.Interrupts;

namespace RalphOS.Kernel.Time;

internal static unsafe class Clock
{
    private static ulong _ticks;

    private static ulong _timestampAtStart;
    private static ulong _timestampAtTick;

    public static void Start()
    {
        IrqTable.Register(Pit8254.IrqLine, &OnTick);
        _timestampAtStart = Cpu.ReadTimestampCounter();
        _timestampAtTick = _timestampAtStart;
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

    // Timestamp-counter cycles since the timer started (what the tasks' CPU cycles add up to).
    public static ulong TimestampCyclesSinceStart => Cpu.ReadTimestampCounter() - _timestampAtStart;

    public static ulong Ticks => _ticks;

    // Milliseconds since the timer started: ticks x (divisor / input clock), exactly.
    public static ulong Milliseconds => _ticks * Pit8254.Divisor * 1000 / Pit8254.InputHz;

    // Microseconds since the timer started, at the timer's 1 ms resolution.
    public static ulong Microseconds => TicksToMicroseconds(_ticks);

    public static ulong ReadMicroseconds() => Microseconds;

    // Microseconds since the timer started at the timestamp counter's resolution: the last
    // tick's time plus the counter's cycles since that tick. The part within a tick is kept
    // below the tick's length, so time never runs backwards when the next tick comes.
    public static ulong PreciseMicroseconds
    {
        get
        {
            bool interrupts = Cpu.DisableInterruptsSaving();
            ulong ticks = _ticks;
            ulong sinceTick = Cpu.ReadTimestampCounter() - _timestampAtTick;
            Cpu.RestoreInterrupts(interrupts);
            ulong tickStart = TicksToMicroseconds(ticks);
            ulong cyclesPerMillisecond = TimestampCyclesPerMillisecond;
            if (cyclesPerMillisecond == 0)
                return tickStart;
            ulong withinTick = sinceTick * 1000 / cyclesPerMillisecond;
            ulong tickLength = TicksToMicroseconds(ticks + 1) - tickStart;
            return tickStart + (withinTick < tickLength ? withinTick : tickLength - 1);
        }
    }

    public static ulong ReadPreciseMicroseconds() => PreciseMicroseconds;

    private static ulong TicksToMicroseconds(ulong ticks) => ticks * Pit8254.Divisor * 1_000_000 / Pit8254.InputHz;

    private static void OnTick()
    {
        _ticks++;
        _timestampAtTick = Cpu.ReadTimestampCounter();
    }
}
