// ProgramSystemTests: the kernel API's system group seen from C# programs in the booted
// OS: a program's DateTime.UtcNow is the host's UTC (QEMU's real-time clock follows the
// host) and its Stopwatch counts microseconds; `files` reads a file mcopy put on the data
// disk, writes one mtype reads back on the host and BASIC LOADs, appends, lists, deletes,
// and reports a missing file as .NET's FileNotFoundException message; `top 1` lists its
// own task and the kernel heap; `upper` under `run` reads typed lines and echoes them
// upper-cased, and a SPAWNed one says it has no input.
using System;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading;
using Xunit;
using static RalphOS.Kernel.Tests.BasicTests;

namespace RalphOS.Kernel.Tests;

public class ProgramSystemTests
{
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ProgramTimeout = TimeSpan.FromSeconds(60);

    private static KernelConsole BootWithDisk(string name, DataDisk disk) =>
        KernelConsole.Boot(name, null, 256, disk.QemuArguments);

    [Fact]
    public void AProgramsClockIsTheHostsUtc()
    {
        using var console = KernelConsole.Boot(nameof(AProgramsClockIsTheHostsUtc));
        string output = console.Run("run files date", ProgramTimeout);
        Match utc = Regex.Match(output, @"utc (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) ticks (\d+)");
        Assert.True(utc.Success, output);
        DateTime programTime = DateTime.ParseExact(utc.Groups[1].Value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        Assert.True((programTime - DateTime.UtcNow).Duration() < ClockSlack, $"program's UTC {programTime:u}, host's {DateTime.UtcNow:u}");
        Assert.Equal(programTime.Ticks / TimeSpan.TicksPerSecond, long.Parse(utc.Groups[2].Value) / TimeSpan.TicksPerSecond);
        Assert.Matches(new Regex(@"now \d{4}-\d\d-\d\d \d\d:\d\d:\d\d"), output);
        Match clocks = Regex.Match(output, @"tickcount (\d+) ms; stopwatch (\d+) us, frequency (\d+)");
        Assert.True(clocks.Success, output);
        Assert.True(long.Parse(clocks.Groups[1].Value) > 0);
        Assert.Equal("1000000", clocks.Groups[3].Value);
        Assert.Matches(new Regex(@"files \(id \d+\) ended: exit code 0"), output);
    }

    [Fact]
    public void FilesRoundTripBetweenAProgramTheHostAndBasic()
    {
        using var disk = new DataDisk();
        disk.CopyIn("FROMHOST.TXT", "put there by mcopy\n");
        disk.CopyIn("EMPTY.TXT", "");
        using (var console = BootWithDisk(nameof(FilesRoundTripBetweenAProgramTheHostAndBasic), disk))
        {
            Assert.Contains("put there by mcopy", console.Run("run files cat FROMHOST.TXT", ProgramTimeout));
            Assert.Matches(new Regex(@"files \(id \d+\) ended: exit code 0"), console.Run("run files cat EMPTY.TXT", ProgramTimeout));
            Assert.Contains("files: wrote NOTE.TXT", console.Run("run files write NOTE.TXT 10 PRINT \"FROM A PROGRAM\"", ProgramTimeout));
            Assert.Contains("files: appended to NOTE.TXT", console.Run("run files append NOTE.TXT 20 END", ProgramTimeout));
            string listing = console.Run("run files ls", ProgramTimeout);
            Assert.True(Regex.IsMatch(listing, @"/NOTE\.TXT\s+33 bytes"), listing);
            Assert.Contains("/FROMHOST.TXT", listing);
            Assert.Contains("files: made LOGS", console.Run("run files mkdir LOGS", ProgramTimeout));
            Assert.Contains("files: wrote LOGS/A.LOG", console.Run("run files write LOGS/A.LOG one", ProgramTimeout));
            Assert.Contains("/LOGS/", console.Run("run files ls", ProgramTimeout));
            Assert.Contains("LOGS/A.LOG", console.Run("run files ls LOGS", ProgramTimeout));

            string missing = console.Run("run files cat NOSUCH.TXT", ProgramTimeout);
            Assert.Contains("files: Could not find file 'NOSUCH.TXT'.", missing);
            Assert.Matches(new Regex(@"files \(id \d+\) ended: exit code 1"), missing);
            Assert.Contains("files: Could not find a part of the path 'NODIR/X.TXT'.", console.Run("run files cat NODIR/X.TXT", ProgramTimeout));
            Assert.Contains("files: deleted FROMHOST.TXT", console.Run("run files rm FROMHOST.TXT", ProgramTimeout));
            Assert.DoesNotContain("FROMHOST", console.Run("run files ls", ProgramTimeout));

            // BASIC reads what the program wrote (a program file: LOAD finds NOTE.TXT as named).
            string cat = console.Run("run files cat NOTE.TXT", ProgramTimeout);
            Assert.True(cat.Contains("10 PRINT \"FROM A PROGRAM\"\r\n20 END\r\n"), cat.Replace("\r", "<CR>").Replace("\n", "<LF>"));
            console.Run("basic", BasicPrompt);
            console.Run("LOAD \"NOTE.TXT\"", BasicPrompt);
            Assert.Contains("FROM A PROGRAM", console.Run("RUN", BasicPrompt));
        }
        Assert.Equal("10 PRINT \"FROM A PROGRAM\"\n20 END\n", disk.Type("NOTE.TXT"));
        Assert.Equal("one\n", disk.Type("LOGS/A.LOG"));
        Assert.Equal(0, disk.Check().ExitCode);
    }

    [Fact]
    public void FilesWithoutADiskSayThereIsNone()
    {
        using var console = KernelConsole.Boot(nameof(FilesWithoutADiskSayThereIsNone));
        string output = console.Run("run files ls", ProgramTimeout);
        Assert.Contains("files: No data disk is attached", output);
        Assert.Matches(new Regex(@"files \(id \d+\) ended: exit code 1"), output);
    }

    [Fact]
    public void TopListsItselfAndTheHeap()
    {
        using var console = KernelConsole.Boot(nameof(TopListsItselfAndTheHeap));
        string output = console.Run("run top 1", ProgramTimeout);
        Assert.Matches(new Regex(@"top 1/1 at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC, up \d+ s, \d+ tasks"), output);
        Match self = Regex.Match(output, @"\n\s*(\d+) prog:top\s+running\s+-\s+\d+\s+(\d+) \(this\)");
        Assert.True(self.Success, output);
        Assert.True(long.Parse(self.Groups[2].Value) >= 1024, "top holds at least its 1 MiB heap");
        Assert.Matches(new Regex(@"\n\s*\d+ console\s+\w+"), output);
        Assert.Matches(new Regex(@"kernel heap: \d+ KiB used of \d+ KiB; top holds \d+ KiB"), output);
        Assert.Matches(new Regex($@"top \(id {self.Groups[1].Value}\) ended: exit code 0"), output);

        // Two refreshes a second apart show each task's CPU share.
        string twice = console.Run("run top 2", ProgramTimeout);
        Assert.Contains("top 2/2", twice);
        Assert.Matches(new Regex(@"prog:top\s+running\s+\d+\s+\d+"), twice);
    }

    [Fact]
    public void TopStopsOnAKey()
    {
        using var console = KernelConsole.Boot(nameof(TopStopsOnAKey));
        int start = console.Machine.SerialOutput.Length;
        console.Machine.Send("run top 1000\r");
        WaitInOutput(console, start, "top 1/1000");
        console.Machine.Send("q");
        console.Machine.WaitFor(new Regex(@"top \(id \d+\) ended: exit code 0"), ProgramTimeout);
        Assert.DoesNotContain("top 30/1000", console.Machine.SerialOutput.Substring(start));
    }

    [Fact]
    public void UpperEchoesTypedLinesUnderRun()
    {
        using var console = KernelConsole.Boot(nameof(UpperEchoesTypedLinesUnderRun));
        int start = console.Machine.SerialOutput.Length;
        console.Machine.Send("run upper\r");
        WaitInOutput(console, start, "upper: type lines");
        console.Machine.Send("hello there\r");
        WaitInOutput(console, start, "HELLO THERE\n");
        console.Machine.Send("second Line\r");
        WaitInOutput(console, start, "SECOND LINE\n");
        console.Machine.Send("\r");
        WaitInOutput(console, start, "upper: 2 lines");
        console.Machine.WaitFor(new Regex(@"upper \(id \d+\) ended: exit code 0"), ProgramTimeout);

        // Ctrl-D ends the input as an empty line does; Ctrl-C stops a waiting read.
        start = console.Machine.SerialOutput.Length;
        console.Machine.Send("run upper\r");
        WaitInOutput(console, start, "upper: type lines");
        console.Machine.Send("\u0004");
        WaitInOutput(console, start, "upper: 0 lines");
        start = console.Machine.SerialOutput.Length;
        console.Machine.Send("run upper\r");
        WaitInOutput(console, start, "upper: type lines");
        console.Machine.Send("\u0003");
        console.Machine.WaitFor(new Regex(@"upper \(id \d+\) ended: exit code 130"), ProgramTimeout);
    }

    [Fact]
    public void ASpawnedProgramHasNoInput()
    {
        using var console = StartBasic(nameof(ASpawnedProgramHasNoInput));
        int start = console.Machine.SerialOutput.Length;
        console.Run("SPAWN \"upper\"", BasicPrompt);
        WaitInOutput(console, start, "upper: no console input");
        Assert.Contains(" 42", console.Run("PRINT 6 * 7", BasicPrompt));
    }

    private static void WaitInOutput(KernelConsole console, int start, string text)
    {
        DateTime deadline = DateTime.UtcNow + ProgramTimeout;
        while (console.Machine.SerialOutput.Substring(start).Replace("\r\n", "\n").IndexOf(text, StringComparison.Ordinal) < 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"no \"{text}\" on the console:\n{console.Machine.SerialOutput.Substring(start)}");
            Thread.Sleep(100);
        }
    }
}
