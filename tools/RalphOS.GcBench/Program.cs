// The GC benchmark on host .NET: the same workload as the kernel's `gcbench`, printed in
// the same form so tools/bench-gc.py can compare them.
using System;
using System.Diagnostics;
using RalphOS.Kernel.Console;

int liveMiB = args.Length > 0 ? int.Parse(args[0]) : 10;
int churnMiB = args.Length > 1 ? int.Parse(args[1]) : 500;
var workload = new GcWorkload(liveMiB);
GC.Collect();
int collectionsBefore = GC.CollectionCount(0);
TimeSpan pausedBefore = GC.GetTotalPauseDuration();
var clock = Stopwatch.StartNew();
long checksum = workload.Churn(churnMiB);
double seconds = clock.Elapsed.TotalSeconds;
int collections = GC.CollectionCount(0) - collectionsBefore;
double pausedMs = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;
Console.WriteLine($"gcbench: {liveMiB} MiB live, {churnMiB} MiB allocated in {seconds * 1000:F0} ms = {churnMiB / seconds:F0} MiB/s; "
    + $"{collections} collections, mean pause {(collections > 0 ? pausedMs / collections : 0):F2} ms (checksum {checksum})");
