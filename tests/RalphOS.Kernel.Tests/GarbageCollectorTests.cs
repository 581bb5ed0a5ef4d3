// GarbageCollectorTests: the collector reclaims garbage in the booted kernel. The stress
// run allocates 50 times the heap in short-lived strings and arrays around a linked live
// set; the kernel must survive, stay within its heap, and keep the live set intact.
using System;
using System.Text.RegularExpressions;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class GarbageCollectorTests
{
    private const int MachineMiB = 32;

    [Fact]
    public void SurvivesFiftyHeapsOfGarbageWithTheLiveSetIntact()
    {
        using var console = KernelConsole.Boot(nameof(SurvivesFiftyHeapsOfGarbageWithTheLiveSetIntact), memoryMiB: MachineMiB);
        Match heap = Regex.Match(console.Run("mem"), @"heap used:\s+\d+ KiB of (\d+) KiB");
        Assert.True(heap.Success);
        long heapKiB = long.Parse(heap.Groups[1].Value);
        long stressMiB = heapKiB * 50 / 1024;

        string output = console.Run($"gcstress {stressMiB}", TimeSpan.FromMinutes(5));

        Assert.Contains($"allocated {stressMiB} MiB", output);
        Assert.Contains("live set checksum ok", output);
        long peakKiB = long.Parse(Regex.Match(output, @"peak heap use (\d+) KiB").Groups[1].Value);
        Assert.InRange(peakKiB, 1, heapKiB);
        long collections = long.Parse(Regex.Match(output, @"collections (\d+)").Groups[1].Value);
        Assert.True(collections >= 10, $"only {collections} collections for {stressMiB} MiB");
        // Still healthy afterwards.
        string selftest = console.Run("selftest", TimeSpan.FromMinutes(2));
        Assert.True(SelfTestSummary.Parse(selftest).AllPassed, selftest);
    }

    [Fact]
    public void CollectFreesWhatIsNoLongerReferenced()
    {
        using var console = KernelConsole.Boot(nameof(CollectFreesWhatIsNoLongerReferenced));
        console.Run("gcstress 20", TimeSpan.FromMinutes(2));
        long before = long.Parse(Regex.Match(console.Run("mem"), @"heap used:\s+(\d+) KiB").Groups[1].Value);
        Match after = Regex.Match(console.Run("gc"), @"collections (\d+), live (\d+) KiB");
        Assert.True(after.Success);
        Assert.True(long.Parse(after.Groups[2].Value) < before, $"live {after.Groups[2].Value} KiB not below {before} KiB in use before");
    }
}
