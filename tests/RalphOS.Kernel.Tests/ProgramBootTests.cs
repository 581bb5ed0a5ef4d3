// ProgramBootTests: C# programs (programs/<name>, ELF executables embedded in the image) in
// the booted OS: SPAWN "hello" with arguments prints them and the API version, its task id
// comes back from SPAWN(), FILES lists the programs and TASKS shows the exit code; `crash`
// (divide by zero, null dereference) ends alone with the .NET-style report naming the
// program and its frames, and the session goes on; a program built for a future API
// version is refused with a message; 200 runs leave the heap where it was; the monitor's
// `run` waits for a program and shows its exit code.
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
        Assert.Matches(new Regex(@"programs: .*\bcrash, .*\bfuture, .*\bhello\b"), console.Run("run"));
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
        string spawned = console.Run("PRINT \"TASK\"; SPAWN(\"crash\", \"wait\")", BasicPrompt);
        string id = Regex.Match(spawned, @"TASK (\d+)").Groups[1].Value;
        Assert.NotEqual("", id);
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

    private static void WaitInOutput(KernelConsole console, int start, string text)
    {
        DateTime deadline = DateTime.UtcNow + OutputTimeout;
        while (console.Machine.SerialOutput.Substring(start).Replace("\r\n", "\n").IndexOf(text, StringComparison.Ordinal) < 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"no \"{text}\" on the console:\n{console.Machine.SerialOutput.Substring(start)}");
            Thread.Sleep(100);
        }
    }
}
