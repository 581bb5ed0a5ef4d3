// ConsoleTests: the serial console echoes what is typed, edits lines, runs its commands,
// and rejects unknown ones without falling over.
using System;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class ConsoleTests
{
    [Fact]
    public void EchoesInputAndRunsHelp()
    {
        using var console = KernelConsole.Boot(nameof(EchoesInputAndRunsHelp));
        string output = console.Run("help");
        Assert.StartsWith("help", output);
        Assert.Contains("commands:", output);
        foreach (string command in new[] { "help", "version", "mem", "panic-test", "reboot" })
            Assert.Matches(new Regex(@"^\s+" + Regex.Escape(command) + @"\s", RegexOptions.Multiline), output);
    }

    [Fact]
    public void BackspaceEditsTheLineBeforeItRuns()
    {
        using var console = KernelConsole.Boot(nameof(BackspaceEditsTheLineBeforeItRuns));
        // "verb" + two backspaces + "rsion" = "version"
        string output = console.Run("verb\b\brsion");
        Assert.Contains("Ralph OS", output);
        Assert.DoesNotContain("unknown command", output);
    }

    [Fact]
    public void UnknownCommandIsReportedAndTheConsoleContinues()
    {
        using var console = KernelConsole.Boot(nameof(UnknownCommandIsReportedAndTheConsoleContinues));
        Assert.Contains("unknown command 'frobnicate'", console.Run("frobnicate"));
        Assert.Contains("usage: sleep", console.Run("sleep soon"));
        Assert.Contains("Ralph OS", console.Run("version"));
    }

    [Fact]
    public void MemReportsRamKernelAndHeap()
    {
        using var console = KernelConsole.Boot(nameof(MemReportsRamKernelAndHeap));
        string output = console.Run("mem");
        Assert.Matches(@"RAM usable:\s+\d+ KiB", output);
        Assert.Matches(@"kernel:\s+0x100000 - 0x[0-9A-F]+", output);
        Assert.Matches(@"heap used:\s+\d+ KiB of \d+ KiB", output);
    }

    [Fact]
    public void SleepLastsItsTimeOnTheGuestClock()
    {
        using var console = KernelConsole.Boot(nameof(SleepLastsItsTimeOnTheGuestClock));
        // The guest's own uptime is the reference: on a busy host the emulator drops timer
        // ticks, so host wall-clock time says nothing about the guest. The two commands'
        // round trip (in guest time) is measured with a zero sleep and subtracted.
        long u0 = console.UptimeMs();
        console.Run("sleep 0");
        long u1 = console.UptimeMs();
        string output = console.Run("sleep 500");
        long u2 = console.UptimeMs();
        Assert.Contains("slept 500 ms", output);
        long slept = u2 - u1;
        long roundTrip = u1 - u0;
        Assert.True(slept >= 500, $"sleep 500 ended after {slept} ms of uptime");
        // A sleep counting ticks twice as slowly would need 1000 ms.
        Assert.True(slept - roundTrip < 900, $"sleep 500 took {slept} ms of uptime, the round trip {roundTrip} ms");
    }

    [Fact]
    public void ProfilerNamesTheFunctionsThatUsedTheCpu()
    {
        using var console = KernelConsole.Boot(nameof(ProfilerNamesTheFunctionsThatUsedTheCpu));
        Assert.Contains("usage: profile start", console.Run("profile"));
        Assert.Contains("profiling:", console.Run("profile start"));
        console.Run("gcstress 16", TimeSpan.FromSeconds(60)); // allocation and collection work
        string report = console.Run("profile stop 10");
        Match summary = Regex.Match(report, @"(\d+) samples \(1 ms each\), 0 dropped");
        Assert.True(summary.Success, report);
        Assert.True(int.Parse(summary.Groups[1].Value) >= 20, report);
        MatchCollection rows = Regex.Matches(report, @"^\s*\d+\.\d%\s+\d+\s+(\S+)", RegexOptions.Multiline);
        Assert.InRange(rows.Count, 1, 10);
        Assert.Contains(rows, row => Regex.IsMatch(row.Groups[1].Value, "Heap|GarbageCollector|Sweep|Mark"));
    }

    [Fact]
    public void UptimeAdvancesAndDateComesFromTheRealTimeClock()
    {
        using var console = KernelConsole.Boot(nameof(UptimeAdvancesAndDateComesFromTheRealTimeClock));
        long first = long.Parse(Regex.Match(console.Run("uptime"), @"up (\d+) ms").Groups[1].Value);
        console.Run("sleep 50");
        long second = long.Parse(Regex.Match(console.Run("uptime"), @"up (\d+) ms").Groups[1].Value);
        Assert.True(second >= first + 50, $"uptime went from {first} to {second}");
        Match date = Regex.Match(console.Run("date"), @"(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})");
        Assert.True(date.Success);
        // QEMU's RTC starts at the host's UTC time.
        var guest = new DateTime(int.Parse(date.Groups[1].Value), int.Parse(date.Groups[2].Value), int.Parse(date.Groups[3].Value),
            int.Parse(date.Groups[4].Value), int.Parse(date.Groups[5].Value), int.Parse(date.Groups[6].Value), DateTimeKind.Utc);
        Assert.InRange((guest - DateTime.UtcNow).Duration().TotalMinutes, 0, 5);
    }

    [Fact]
    public void RebootRestartsTheMachine()
    {
        using var console = KernelConsole.Boot(nameof(RebootRestartsTheMachine));
        console.Machine.Send("reboot\r");
        console.Machine.WaitFor("rebooting...", KernelConsole.CommandTimeout);
        // QEMU runs with -no-reboot, so a reset ends the QEMU process.
        Assert.True(console.Machine.WaitForExit(TimeSpan.FromSeconds(20)), "QEMU did not exit after the reset");
    }
}
