// DiskCommands: the monitor's disk commands.
//   disk              the data disk: model, size, volume, free space, cache counters
//   disk bench [MB]   sequential write then read of an MB MiB file (default 4), in MB/s,
//                     and the latency of a SAVE-sized (1 KiB) overwrite, averaged over 20
//                     (of a file of its own, so freeing the big file's chain is not in it)
// Timing uses the PIT's millisecond clock; the files BENCH.BIN and BENCHSAV.BAS are deleted
// afterwards. tools/bench-disk.py (./run.sh bench) runs it next to the host's dd.
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.FileSystem.Fat;
using RalphOS.Kernel.Storage;
using RalphOS.Kernel.Time;

namespace RalphOS.Kernel.Console;

internal static class DiskCommands
{
    private const int DefaultBenchMiB = 4;
    private const int MaxBenchMiB = 32;
    private const int SaveRounds = 20;
    private const string BenchFile = "BENCH.BIN";
    private const string SaveFile = "BENCHSAV.BAS";

    public static void Run(string arguments)
    {
        string rest = arguments.Trim();
        if (rest.Length == 0)
        {
            foreach (string line in DiskService.Describe()) Terminal.WriteLine(line);
            return;
        }
        if (rest == "bench" || rest.StartsWith("bench "))
        {
            // The driver sleeps on the disk: keep BASIC sessions' file calls out meanwhile.
            DiskGate.Instance.Enter();
            try { Bench(rest.Substring(5).Trim()); }
            finally { DiskGate.Instance.Exit(); }
            return;
        }
        Terminal.WriteLine("usage: disk | disk bench [MB]");
    }

    private static void Bench(string size)
    {
        FatVolume volume = DiskService.Volume;
        if (volume == null)
        {
            Terminal.WriteLine("no mounted disk");
            return;
        }
        int mib = DefaultBenchMiB;
        if (size.Length > 0 && (!int.TryParse(size, out mib) || mib < 1 || mib > MaxBenchMiB))
        {
            Terminal.WriteLine($"usage: disk bench [MB], MB from 1 to {MaxBenchMiB}");
            return;
        }
        var data = new byte[mib * 1024 * 1024];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)(i * 13 + (i >> 12));

        ulong start = Clock.Milliseconds;
        FatError error = volume.WriteAllBytes(BenchFile, data);
        ulong writeMs = Clock.Milliseconds - start;
        if (error != FatError.None) { Terminal.WriteLine($"write failed: {FatErrors.Message(error)}"); return; }
        start = Clock.Milliseconds;
        error = volume.ReadAllBytes(BenchFile, out byte[] back);
        ulong readMs = Clock.Milliseconds - start;
        if (error != FatError.None) { Terminal.WriteLine($"read failed: {FatErrors.Message(error)}"); return; }
        bool same = back.Length == data.Length;
        for (int i = 0; same && i < data.Length; i++) same = back[i] == data[i];

        var program = new byte[1024];
        for (int i = 0; i < program.Length; i++) program[i] = (byte)('A' + i % 26);
        start = Clock.Milliseconds;
        for (int round = 0; round < SaveRounds && error == FatError.None; round++)
            error = volume.WriteAllBytes(SaveFile, program);
        ulong saveMs = Clock.Milliseconds - start;
        volume.Delete(BenchFile);
        volume.Delete(SaveFile);

        Terminal.WriteLine($"write {mib} MiB: {writeMs} ms, {Rate(data.Length, writeMs)} MB/s");
        Terminal.WriteLine($"read {mib} MiB: {readMs} ms, {Rate(data.Length, readMs)} MB/s{(same ? "" : " (CONTENT MISMATCH)")}");
        Terminal.WriteLine($"1 KiB overwrite (SAVE): {saveMs * 1000 / SaveRounds} us average over {SaveRounds}");
    }

    // Megabytes (10^6 bytes) per second, with one decimal.
    private static string Rate(long bytes, ulong milliseconds)
    {
        if (milliseconds == 0) milliseconds = 1;
        ulong tenths = (ulong)bytes * 10 / 1000 / milliseconds;
        return $"{tenths / 10}.{tenths % 10}";
    }
}
