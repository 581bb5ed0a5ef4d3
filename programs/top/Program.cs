// top: the kernel's tasks and memory, refreshed every second: each task's id, name,
// state, CPU share since the last refresh, CPU time and the memory it holds, then the
// kernel heap's use and this program's own. `top` refreshes 10 times, `top N` N times
// (`top 1` once); a key (under the monitor's `run`) or a break (Ctrl-C) ends it sooner.
using System;
using System.Collections.Generic;
using System.Threading;
using RalphOS.Programs;
using RalphOS.Programs.Abi;

internal static class Program
{
    private const int DefaultRefreshes = 10;
    private const int RefreshMilliseconds = 1000;

    private static int Main(string[] args)
    {
        int refreshes = DefaultRefreshes;
        if (args.Length > 0 && (!int.TryParse(args[0], out refreshes) || refreshes < 1))
        {
            Console.WriteLine("usage: top [N]  (N refreshes, one a second; default 10)");
            return 2;
        }
        bool keys = !Console.IsInputRedirected;
        var lastCpu = new Dictionary<int, ulong>();
        ulong lastUptimeUs = 0;
        for (int round = 0; round < refreshes; round++)
        {
            if (round > 0 && WaitOrKey(keys))
                break;
            lastUptimeUs = Show(round + 1, refreshes, lastCpu, lastUptimeUs);
        }
        return 0;
    }

    // Prints one screen; returns the time it was taken at (µs).
    private static ulong Show(int round, int refreshes, Dictionary<int, ulong> lastCpu, ulong lastUptimeUs)
    {
        List<TaskStatus> tasks = SystemStatus.Tasks();
        KernelMemoryInfo memory = SystemStatus.Memory();
        ulong nowUs = memory.UptimeMilliseconds * 1000;
        ulong intervalUs = nowUs > lastUptimeUs ? nowUs - lastUptimeUs : 0;
        Console.WriteLine($"top {round}/{refreshes} at {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss")} UTC, up {memory.UptimeMilliseconds / 1000} s, {tasks.Count} tasks");
        Console.WriteLine("  ID NAME                 STATE     CPU%   CPU(ms)  MEM(KiB)");
        foreach (TaskStatus task in tasks)
        {
            string share = "   -";
            if (lastUptimeUs != 0 && intervalUs > 0 && lastCpu.TryGetValue(task.Id, out ulong before) && task.CpuMicroseconds >= before)
                share = ((task.CpuMicroseconds - before) * 100 / intervalUs).ToString().PadLeft(4);
            string marker = task.Id == KernelInfo.TaskId ? " (this)" : "";
            Console.WriteLine($"{task.Id,4} {task.Name,-20} {task.State,-9} {share} {task.CpuMicroseconds / 1000,9} {task.MemoryBytes / 1024,9}{marker}");
            lastCpu[task.Id] = task.CpuMicroseconds;
        }
        Console.WriteLine($"kernel heap: {memory.HeapUsedBytes / 1024} KiB used of {memory.HeapTotalBytes / 1024} KiB; top holds {memory.ProgramBytes / 1024} KiB, its objects {GC.GetTotalMemory(false) / 1024} KiB");
        return nowUs;
    }

    // Waits a refresh interval on the scheduler; true when a key came meanwhile (it is taken).
    private static bool WaitOrKey(bool keys)
    {
        if (!keys)
        {
            Thread.Sleep(RefreshMilliseconds);
            return false;
        }
        if (!ConsoleKeys.WaitForKey(RefreshMilliseconds))
            return false;
        Console.ReadKey(true);
        return true;
    }
}
