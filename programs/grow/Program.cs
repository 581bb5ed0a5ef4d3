// grow: shows a program's managed heap growing on demand (ManagedHeap.Growth.cs). It keeps
// 8 MiB of live objects in a list (the heap, 1 MiB at start, grows by regions from the
// kernel), checks that a collection kept every one of them intact, prints how many there
// are and the heap's size, drops them and collects, then allocates until the heap reaches
// its limit and catches the OutOfMemoryException, as a .NET program may. `grow hold`
// waits (up to a minute, or until `break ID`) while it holds the 8 MiB, so TASKS can be
// seen counting them. `SPAWN "grow"` in BASIC or `run grow` in the monitor starts it.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using RalphOS.Programs;

internal static class Program
{
    private const int LiveBytes = 8 * 1024 * 1024;
    private const int SmallObjectBytes = 1000;   // served by the allocation reserve
    private const int LargeObjectBytes = 256 * 1024;
    private const int HoldSteps = 600;           // of 100 ms: a minute at most
    private const int KiB = 1024;

    private static int Main(string[] args)
    {
        bool hold = args.Length > 0 && args[0] == "hold";
        List<byte[]> live = KeepLiveObjects();
        if (live == null)
            return 1;
        if (hold)
        {
            Console.WriteLine("grow: holding them");
            for (int i = 0; i < HoldSteps; i++)
                Thread.Sleep(100);
        }
        live = null;
        GC.Collect();
        Console.WriteLine($"grow: dropped them: {UsedKiB()} KiB used of {HeapKiB()} KiB");
        return RunOutOfMemory();
    }

    // 8 MiB of small arrays, each filled with a pattern of its own, checked after a
    // collection: the collector must have kept them all (they span several regions).
    private static List<byte[]> KeepLiveObjects()
    {
        var live = new List<byte[]>();
        for (int total = 0; total < LiveBytes; total += SmallObjectBytes)
        {
            var item = new byte[SmallObjectBytes];
            Fill(item, live.Count);
            live.Add(item);
        }
        GC.Collect();
        for (int i = 0; i < live.Count; i++)
        {
            if (!Holds(live[i], i))
            {
                Console.WriteLine($"grow: object {i} was damaged by a collection");
                return null;
            }
        }
        Console.WriteLine($"grow: {live.Count} objects alive, {UsedKiB()} KiB used of {HeapKiB()} KiB in {ProgramRuntime.HeapRegionCount} regions");
        return live;
    }

    private static int RunOutOfMemory()
    {
        int count = FillUntilOutOfMemory();
        if (count < 0)
            return 1;
        // Printed only now: a full heap may have no room for the text.
        Console.WriteLine($"grow: caught OutOfMemoryException after {count} more objects of {LargeObjectBytes / KiB} KiB, heap {HeapKiB()} KiB in {ProgramRuntime.HeapRegionCount} regions");
        GC.Collect();
        Console.WriteLine($"grow: after a collection {UsedKiB()} KiB used; goodbye");
        return 0;
    }

    // How many large arrays fit before the heap, at its limit, throws; -1 if it never does.
    // Not inlined: once it returns, no word of its frame is in the stack the collector
    // scans, so the arrays are garbage.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FillUntilOutOfMemory()
    {
        var hog = new List<byte[]>();
        try
        {
            while (hog.Count < int.MaxValue)
                hog.Add(new byte[LargeObjectBytes]);
        }
        catch (OutOfMemoryException)
        {
            return hog.Count;
        }
        return -1;
    }

    private static void Fill(byte[] item, int seed)
    {
        for (int i = 0; i < item.Length; i++)
            item[i] = (byte)(seed + i);
    }

    private static bool Holds(byte[] item, int seed)
    {
        for (int i = 0; i < item.Length; i++)
        {
            if (item[i] != (byte)(seed + i))
                return false;
        }
        return true;
    }

    private static long UsedKiB() => GC.GetTotalMemory(false) / KiB;

    private static nuint HeapKiB() => ProgramRuntime.HeapBytes / KiB;
}
