// ProgramBootTests: C# programs (programs/<name>, ELF executables embedded in the image) in
// the booted OS: SPAWN "hello" with arguments prints them and the API version, its task id
// comes back from SPAWN(), FILES lists the programs and TASKS shows the exit code; `crash`
// (divide by zero, null dereference) ends alone with the .NET-style report naming the
// program and its frames, and the session goes on; a program built for a future API
// version is refused with a message; 200 runs leave the heap where it was; the monitor's
// `run` waits for a program and shows its exit code; `grow`'s heap grows on demand, up to
// its limit, and all of it comes back when it ends.
using System;
using System.Text.RegularExpressions;
using System.Threading;
using Xunit;
using static RalphOS.Kernel.Tests.BasicTests;

namespace RalphOS.Kernel.Tests;

public class ProgramBootTests
{
    private static readonly TimeSpan OutputTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public void SpawnHelloPrintsItsArgumentsAndTheApiVersion()
    {
        using var console = StartBasic(nameof(SpawnHelloPrintsItsArgumentsAndTheApiVersion));
        Assert.Contains("HELLO.ELF", console.Run("FILES", BasicPrompt));
        int start = console.Machine.SerialOutput.Length;
        string spawned = console.Run("T = SPAWN(\"hello\", \"a\", \"b c\") : PRINT \"TASK\"; T", BasicPrompt);
        string id = Regex.Match(spawned, @"TASK (\d+)").Groups[1].Value;
        Assert.NotEqual("", id);
        WaitInOutput(console, start, "Hello from a C# program!");
        WaitInOutput(console, start, "2 arguments:\n  args[0] = a\n  args[1] = b c\nkernel API version 2\n");
        WaitInOutput(console, start, "; goodbye");
        Assert.Matches(new Regex($@"programs ended \(latest last\):\r?\n\s*{id} hello\s+exit code 0"), WaitForEnd(console, id));
        Assert.Contains(" 42", console.Run("PRINT 6 * 7", BasicPrompt));
    }

    [Fact]
    public void CrashEndsAloneWithAReportNamingTheProgram()
    {
        using var console = StartBasic(nameof(CrashEndsAloneWithAReportNamingTheProgram));
        int start = console.Machine.SerialOutput.Length;
        console.Run("SPAWN \"crash\"", BasicPrompt);
        WaitInOutput(console, start, "Unhandled exception. System.DivideByZeroException: Attempted to divide by zero.");
        WaitInOutput(console, start, "   at crash.Program.Main + 0x");
        WaitInOutput(console, start, "exited with code 134]");

        start = console.Machine.SerialOutput.Length;
        console.Run("SPAWN \"crash\", \"null\"", BasicPrompt);
        WaitInOutput(console, start, "Unhandled exception. System.NullReferenceException: Object reference not set to an instance of an object.");
        WaitInOutput(console, start, "   at crash.Program.ReadThroughNull + 0x");
        WaitInOutput(console, start, "exited with code 134]");

        // A fault no .NET exception stands for: the kernel's report, with the program's frames.
        start = console.Machine.SerialOutput.Length;
        console.Run("SPAWN \"crash\", \"wild\"", BasicPrompt);
        WaitInOutput(console, start, "stopped: CPU exception");
        WaitInOutput(console, start, "crash!crash_Program__");
        Assert.Matches(new Regex(@"task prog:crash \(id \d+\) stopped: CPU exception"), console.Machine.SerialOutput.Substring(start));

        // A fault the program catches itself is just an exception.
        start = console.Machine.SerialOutput.Length;
        console.Run("SPAWN \"crash\", \"catch\"", BasicPrompt);
        WaitInOutput(console, start, "crash: caught the null dereference");

        Assert.Contains(" 42", console.Run("PRINT 6 * 7", BasicPrompt));
        string tasks = console.Run("TASKS", BasicPrompt);
        Assert.Contains("console", tasks);
        Assert.DoesNotContain("KERNEL PANIC", console.Machine.SerialOutput);
    }

    [Fact]
    public void AProgramForAFutureApiVersionIsRefused()
    {
        using var console = StartBasic(nameof(AProgramForAFutureApiVersionIsRefused));
        string output = console.Run("SPAWN \"future\"", BasicPrompt);
        Assert.Contains("future: built for kernel API version 999, but this kernel has version 2", output);
        Assert.Contains("Device unavailable", output);
        console.Run("SYSTEM");
        Assert.Contains("future: built for kernel API version 999", console.Run("run future"));
        Assert.DoesNotContain("this kernel should have refused me", console.Machine.SerialOutput);
        Assert.Contains("nosuch: no such program", console.Run("run nosuch"));
    }

    // Each run takes about 1.2 MiB (image, heap, start block); 200 of them must give it all
    // back: the heap in use after a collection ends where it began, within a little slack
    // for the kernel's own bookkeeping (the list of ended programs is bounded).
    [Fact]
    public void TwoHundredRunsLeaveTheHeapWhereItWas()
    {
        const int Runs = 200;
        const long SlackKiB = 256;
        using var console = KernelConsole.Boot(nameof(TwoHundredRunsLeaveTheHeapWhereItWas));
        for (int i = 0; i < 10; i++)
            Assert.Contains("ended: exit code 0", console.Run("run crash catch"));
        long before = HeapUsedAfterCollection(console);
        for (int i = 0; i < Runs; i++)
            Assert.Contains("ended: exit code 0", console.Run("run crash catch"));
        long after = HeapUsedAfterCollection(console);
        Assert.True(after - before < SlackKiB, $"heap used {before} KiB before {Runs} runs, {after} KiB after");
    }

    [Fact]
    public void TheMonitorRunsAProgramAndShowsItsExitCode()
    {
        using var console = KernelConsole.Boot(nameof(TheMonitorRunsAProgramAndShowsItsExitCode));
        string output = console.Run("run hello x");
        Assert.Contains("  args[0] = x", output);
        Assert.Matches(new Regex(@"hello \(id \d+\) ended: exit code 0"), output);
        Assert.Matches(new Regex(@"crash \(id \d+\) ended: exit code 134"), console.Run("run crash"));
        Assert.Matches(new Regex(@"crash \(id \d+\) ended: exit code 3"), console.Run("run crash exit"));
        Assert.DoesNotContain("Environment.Exit returned", console.Machine.SerialOutput);
        Assert.Matches(new Regex(@"first output \d+\.\d ms after start"), console.Run("run hello"));
        Assert.Contains("usage: run NAME", console.Run("run"));
        Assert.Matches(new Regex(@"programs: .*\bcrash, .*\bfuture, .*\bgrow, .*\bhello\b"), console.Run("run"));
    }

    // A program waiting in Thread.Sleep stops on a break: Ctrl-C during `run`, or `break ID`
    // for one SPAWNed from BASIC; its exit code is 130, as a shell reports SIGINT.
    [Fact]
    public void ABreakStopsAProgram()
    {
        using var console = KernelConsole.Boot(nameof(ABreakStopsAProgram));
        int start = console.Machine.SerialOutput.Length;
        console.Machine.Send("run crash wait\r");
        WaitInOutput(console, start, "crash: about to wait");
        console.Machine.Send("\u0003");
        console.Machine.WaitFor(new Regex(@"crash \(id \d+\) ended: exit code 130"), OutputTimeout);

        console.Run("basic", BasicPrompt);
        start = console.Machine.SerialOutput.Length;
        string spawned = console.Run("PRINT \"TASK\"; SPAWN(\"crash\", \"wait\")", BasicPrompt);
        string id = Regex.Match(spawned, @"TASK (\d+)").Groups[1].Value;
        Assert.NotEqual("", id);
        // (Once it prints, its heap exists: before, TASKS would count only its image.)
        WaitInOutput(console, start, "crash: about to wait");
        Assert.Matches(new Regex($@"\b{id} prog:crash\s+(sleeping|ready|running)\s+\d+\s+1\d\d\d"), console.Run("TASKS", BasicPrompt));
        console.Run("SYSTEM");
        Assert.Contains($"break sent to task {id} (prog:crash)", console.Run($"break {id}"));
        DateTime deadline = DateTime.UtcNow + OutputTimeout;
        while (!Regex.IsMatch(console.Run("tasks"), $@"\n\s*{id} crash\s+exit code 130"))
        {
            Assert.True(DateTime.UtcNow < deadline, "the program did not stop on break");
            Thread.Sleep(200);
        }
    }

    // `grow` keeps 8 MiB of live objects (its heap, 1 MiB at start, grows by regions from
    // the kernel; a collection must keep every object intact across them), drops them, then
    // allocates until it reaches its 64 MiB limit and catches the OutOfMemoryException.
    // Held (`grow hold`), TASKS counts its grown heap; stopped by a break or ended, it
    // gives every region back: the kernel's heap in use after a collection is where it was.
    [Fact]
    public void AProgramsHeapGrowsOnDemandAndComesBackWhenItEnds()
    {
        const long SlackKiB = 256;
        const long MiB = 1024;
        TimeSpan runTimeout = TimeSpan.FromSeconds(240);
        using var console = KernelConsole.Boot(nameof(AProgramsHeapGrowsOnDemandAndComesBackWhenItEnds), memoryMiB: 256);
        Assert.Contains("ended: exit code 0", console.Run("run crash catch"));
        long before = HeapUsedAfterCollection(console);

        string output = console.Run("run grow", runTimeout).Replace("\r\n", "\n");
        Match alive = Regex.Match(output, @"grow: (\d+) objects alive, (\d+) KiB used of (\d+) KiB in (\d+) regions");
        Assert.True(alive.Success, output);
        Assert.Equal(8 * 1024 * 1024 / 1000 + 1, int.Parse(alive.Groups[1].Value));
        Assert.InRange(long.Parse(alive.Groups[2].Value), 8 * MiB, 12 * MiB);
        Assert.InRange(long.Parse(alive.Groups[3].Value), 9 * MiB, 32 * MiB);
        Assert.InRange(int.Parse(alive.Groups[4].Value), 2, 8);
        Assert.DoesNotContain("damaged", output);
        // Dropped, the 8 MiB spread over the regions are all found garbage and freed.
        Match dropped = Regex.Match(output, @"grow: dropped them: (\d+) KiB used of (\d+) KiB");
        Assert.True(dropped.Success, output);
        Assert.InRange(long.Parse(dropped.Groups[1].Value), 0, 2 * MiB);
        Match caught = Regex.Match(output, @"grow: caught OutOfMemoryException after (\d+) more objects of 256 KiB, heap (\d+) KiB in (\d+) regions");
        Assert.True(caught.Success, output);
        // The limit is 64 MiB of regions: most of it filled, none beyond it.
        Assert.InRange(int.Parse(caught.Groups[1].Value), 150, 256);
        Assert.InRange(long.Parse(caught.Groups[2].Value), 48 * MiB, 64 * MiB);
        Match collected = Regex.Match(output, @"grow: after a collection (\d+) KiB used; goodbye");
        Assert.True(collected.Success, output);
        Assert.InRange(long.Parse(collected.Groups[1].Value), 0, 2 * MiB);
        Assert.Matches(new Regex(@"grow \(id \d+\) ended: exit code 0"), output);
        Assert.True(HeapUsedAfterCollection(console) - before < SlackKiB, "the ended program's regions were not all returned");

        console.Run("basic", BasicPrompt);
        int start = console.Machine.SerialOutput.Length;
        string spawned = console.Run("PRINT \"TASK\"; SPAWN(\"grow\", \"hold\")", BasicPrompt);
        string id = Regex.Match(spawned, @"TASK (\d+)").Groups[1].Value;
        Assert.NotEqual("", id);
        WaitInOutput(console, start, "grow: holding them", runTimeout);
        Match task = Regex.Match(console.Run("TASKS", BasicPrompt), $@"\b{id} prog:grow\s+\w+\s+\d+\s+(\d+)");
        Assert.True(task.Success);
        Assert.True(long.Parse(task.Groups[1].Value) > 9 * MiB, $"TASKS shows {task.Groups[1].Value} KiB for a program holding 8 MiB");
        console.Run("SYSTEM");
        Assert.Contains($"break sent to task {id} (prog:grow)", console.Run($"break {id}"));
        DateTime deadline = DateTime.UtcNow + OutputTimeout;
        while (!Regex.IsMatch(console.Run("tasks"), $@"\n\s*{id} grow\s+exit code 130"))
        {
            Assert.True(DateTime.UtcNow < deadline, "the program did not stop on break");
            Thread.Sleep(200);
        }
        long after = HeapUsedAfterCollection(console);
        Assert.True(after - before < SlackKiB, $"heap used {before} KiB before grow ran, {after} KiB after");
        Assert.DoesNotContain("KERNEL PANIC", console.Machine.SerialOutput);
    }

    private static long HeapUsedAfterCollection(KernelConsole console) =>
        long.Parse(Regex.Match(console.Run("gc"), @"heap used (\d+) KiB").Groups[1].Value);

    // The ended list shows the program once the kernel task has reaped it.
    private static string WaitForEnd(KernelConsole console, string id)
    {
        DateTime deadline = DateTime.UtcNow + OutputTimeout;
        while (true)
        {
            string tasks = console.Run("TASKS", BasicPrompt);
            if (Regex.IsMatch(tasks, $@"\n\s*{id} hello\s+exit code"))
                return tasks;
            Assert.True(DateTime.UtcNow < deadline, $"program {id} never ended:\n{tasks}");
            Thread.Sleep(200);
        }
    }

    private static void WaitInOutput(KernelConsole console, int start, string text, TimeSpan? timeout = null)
    {
        DateTime deadline = DateTime.UtcNow + (timeout ?? OutputTimeout);
        while (console.Machine.SerialOutput.Substring(start).Replace("\r\n", "\n").IndexOf(text, StringComparison.Ordinal) < 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"no \"{text}\" on the console:\n{console.Machine.SerialOutput.Substring(start)}");
            Thread.Sleep(100);
        }
    }
}
