// GarbageCollectorCommands: console commands that show and exercise the collector.
//   gc            collect now and print the statistics (the last pause split into its mark
//                 and sweep phases)
//   gcstress MB   allocate MB mebibytes of short-lived strings and arrays while holding a
//                 linked live set, then verify the live set's checksum
//   gcbench L C   the benchmark workload: L MiB live, C MiB of garbage; throughput, pauses
using Internal.Runtime;
using RalphOS.Kernel.Diagnostics;

namespace RalphOS.Kernel.Console;

internal static class GarbageCollectorCommands
{
    private const int LiveNodes = 2000;

    private sealed class Node
    {
        public Node Next;
        public int Value;
        public int[] Payload;
    }

    public static void Collect()
    {
        GarbageCollector.Collect();
        PrintStatistics();
    }

    public static void PrintStatistics()
    {
        Terminal.WriteLine(string.Concat(
            string.Concat("collections ", GarbageCollector.Collections.ToString(), ", live ",
                (GarbageCollector.LiveBytesAfterLastCollection / 1024).ToString(), " KiB, heap used "),
            string.Concat((ManagedHeap.BytesUsed / 1024).ToString(), " KiB of ", (ManagedHeap.BytesTotal / 1024).ToString(), " KiB"),
            string.Concat(", last pause ", GarbageCollector.LastPauseMicroseconds.ToString(), " us (mark ",
                GarbageCollector.LastMarkMicroseconds.ToString() + " us, sweep "),
            string.Concat(GarbageCollector.LastSweepMicroseconds.ToString(), " us), max pause ",
                GarbageCollector.MaxPauseMicroseconds.ToString() + " us")));
    }

    // gcbench LIVE CHURN: the benchmark workload (GcWorkload, shared with the host tool):
    // LIVE MiB held, CHURN MiB of garbage; prints throughput and pauses.
    public static void Benchmark(string arguments)
    {
        string[] parts = arguments.Trim().Split(' ');
        if (parts.Length != 2 || !int.TryParse(parts[0], out int liveMiB) || !int.TryParse(parts[1], out int churnMiB)
            || liveMiB < 1 || liveMiB > 256 || churnMiB < 1 || churnMiB > 100_000)
        {
            Terminal.WriteLine("usage: gcbench LIVE_MIB CHURN_MIB (e.g. gcbench 10 500)");
            return;
        }
        var workload = new GcWorkload(liveMiB);
        GarbageCollector.Collect();
        ulong collectionsBefore = GarbageCollector.Collections;
        GarbageCollector.ResetPauseStatistics();
        ulong started = RalphOS.Kernel.Time.Clock.Microseconds;
        long checksum = workload.Churn(churnMiB);
        ulong elapsedUs = RalphOS.Kernel.Time.Clock.Microseconds - started;
        ulong collections = GarbageCollector.Collections - collectionsBefore;
        ulong meanPauseUs = Mean(GarbageCollector.TotalPauseMicroseconds, collections);
        ulong rate = elapsedUs == 0 ? 0 : (ulong)churnMiB * 1_000_000 / elapsedUs;
        Terminal.WriteLine(string.Concat(
            string.Concat("gcbench: ", liveMiB.ToString(), " MiB live, ", churnMiB.ToString(), " MiB allocated in "),
            string.Concat((elapsedUs / 1000).ToString(), " ms = ", rate.ToString(), " MiB/s; "),
            string.Concat(collections.ToString(), " collections, mean pause ", Milliseconds(meanPauseUs), " ms, max pause "),
            string.Concat(Milliseconds(GarbageCollector.MaxPauseMicroseconds), " ms, mean mark ", Milliseconds(Mean(GarbageCollector.TotalMarkMicroseconds, collections))),
            string.Concat(" ms (roots ", Milliseconds(Mean(GarbageCollector.TotalRootsMicroseconds, collections)), " ms)"),
            string.Concat(", mean sweep ", Milliseconds(Mean(GarbageCollector.TotalSweepMicroseconds, collections)),
                " ms + lazy ", Milliseconds(Mean(GarbageCollector.TotalLazySweepMicroseconds, collections))),
            string.Concat(" ms (checksum ", checksum.ToString(), ")")));
    }

    private static ulong Mean(ulong total, ulong count) => count == 0 ? 0 : total / count;

    // Microseconds as milliseconds with two decimals ("12.34").
    private static string Milliseconds(ulong microseconds) =>
        string.Concat((microseconds / 1000).ToString(), ".", (microseconds % 1000 / 10).ToString().PadLeft(2, '0'));

    public static void Stress(string argument)
    {
        if (!ulong.TryParse(argument.Trim(), out ulong megabytes) || megabytes == 0 || megabytes > 100_000)
        {
            Terminal.WriteLine("usage: gcstress MEGABYTES (1 to 100000)");
            return;
        }
        Node live = BuildLiveSet(out long expected);
        ulong target = megabytes * 1024 * 1024;
        ulong allocated = 0;
        ulong maxUsed = 0;
        ulong round = 0;
        while (allocated < target)
        {
            // Short-lived garbage of several shapes: strings, arrays of values, arrays of references.
            string text = string.Concat("round ", round.ToString(), " of the stress test");
            int[] numbers = new int[64 + (int)(round % 200)];
            numbers[0] = text.Length;
            object[] references = new object[16];
            references[(int)(round % 16)] = text;
            allocated += (ulong)(text.Length * 2 + numbers.Length * 4 + 16 * 8 + 96);
            ulong used = ManagedHeap.BytesUsed;
            if (used > maxUsed)
                maxUsed = used;
            round++;
        }
        long actual = Checksum(live);
        Terminal.WriteLine(string.Concat(
            string.Concat("allocated ", (allocated / (1024 * 1024)).ToString(), " MiB; peak heap use ", (maxUsed / 1024).ToString(), " KiB; "),
            string.Concat("live set checksum ", actual == expected ? "ok" : "MISMATCH", " (", actual.ToString(), ")")));
        PrintStatistics();
    }

    private static Node BuildLiveSet(out long checksum)
    {
        Node head = null;
        checksum = 0;
        for (int i = 0; i < LiveNodes; i++)
        {
            var node = new Node { Next = head, Value = i * 7 + 1, Payload = new int[8] };
            node.Payload[i % 8] = i;
            head = node;
            checksum += node.Value * 31 + i;
        }
        return head;
    }

    private static long Checksum(Node head)
    {
        long sum = 0;
        for (Node node = head; node != null; node = node.Next)
        {
            int payload = 0;
            for (int i = 0; i < node.Payload.Length; i++)
                payload += node.Payload[i];
            sum += node.Value * 31 + payload;
        }
        return sum;
    }
}
