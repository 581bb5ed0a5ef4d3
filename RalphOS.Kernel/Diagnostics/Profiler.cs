// Profiler: a sampling profiler driven by the timer. While it runs, every timer interrupt
// (1 kHz) records the instruction pointer it interrupted; the report groups the samples by
// the kernel symbol they fall in and lists the busiest functions. It sees everything the
// CPU does, including interrupt-free kernel code and the idle loop, at no cost when off.
// The console's `profile start` / `profile stop` drive it; InterruptDispatcher feeds it.
using System.Collections.Generic;
using Internal.Runtime;

namespace RalphOS.Kernel.Diagnostics;

internal static unsafe class Profiler
{
    // About a minute of samples at 1 kHz; later samples are counted as dropped.
    private const int Capacity = 64 * 1024;

    private static ulong* _samples;
    private static int _count;
    private static int _dropped;
    private static bool _running;

    public static bool IsRunning => _running;
    public static int SampleCount => _count;

    // Starts a new profile; false when the sample buffer cannot be allocated.
    public static bool Start()
    {
        if (_samples == null)
            _samples = (ulong*)ManagedHeap.AllocateNative((nuint)Capacity * sizeof(ulong));
        if (_samples == null)
            return false;
        _count = 0;
        _dropped = 0;
        _running = true;
        return true;
    }

    public static void Stop() => _running = false;

    // Called from the timer interrupt with interrupts off: records one sample.
    public static void Sample(ulong instructionPointer)
    {
        if (_count < Capacity)
            _samples[_count++] = instructionPointer;
        else
            _dropped++;
    }

    // Prints the `top` functions with the most samples, busiest first.
    public static void Report(int top)
    {
        if (_count == 0)
        {
            Terminal.WriteLine("no samples (profile start, run something, profile stop)");
            return;
        }
        var counts = new Dictionary<ulong, int>();
        for (int i = 0; i < _count; i++)
        {
            ulong start = SymbolStart(_samples[i]);
            counts.TryGetValue(start, out int seen);
            counts[start] = seen + 1;
        }
        var busiest = new List<KeyValuePair<ulong, int>>(counts);
        busiest.Sort((a, b) => b.Value - a.Value);
        Terminal.WriteLine(string.Concat(_count.ToString(), " samples (1 ms each), ", _dropped.ToString(), " dropped"));
        for (int i = 0; i < busiest.Count && i < top; i++)
        {
            int hits = busiest[i].Value;
            int permille = (int)(hits * 1000L / _count);
            string percent = string.Concat((permille / 10).ToString(), ".", (permille % 10).ToString(), "%");
            Terminal.WriteLine(string.Concat(percent.PadLeft(6), hits.ToString().PadLeft(7), "  ", Describe(busiest[i].Key)));
        }
    }

    // Samples are grouped by the start address of their symbol; addresses outside every
    // symbol are grouped by their 64-byte line, so unnamed code still shows where it is.
    private const ulong UnnamedGranule = 64;

    private static ulong SymbolStart(ulong address) =>
        SymbolTable.TryLookup(address, out byte* _, out ulong offset) ? address - offset : address & ~(UnnamedGranule - 1);

    private static string Describe(ulong start) =>
        SymbolTable.NameAt((nuint)start) ?? string.Concat("0x", start.ToString("X"), " (no symbol)");
}
