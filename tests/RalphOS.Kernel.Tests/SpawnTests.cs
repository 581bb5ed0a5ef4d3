// SpawnTests: BASIC's SPAWN at the serial console. A spawned program (embedded, or SAVEd in
// the session) prints to the console with its arguments, is listed by TASKS as
// "bas:<name>" while it runs, survives the session's Ctrl-C, and is gone from TASKS once
// it ends; an unknown name is a BASIC error and the session carries on; the kernel
// monitor's `break ID` stops a runaway one.
using System;
using System.Text.RegularExpressions;
using System.Threading;
using Xunit;
using static RalphOS.Kernel.Tests.BasicTests;

namespace RalphOS.Kernel.Tests;

public class SpawnTests
{
    private static readonly TimeSpan OutputTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public void SpawnedProgramPrintsItsArgumentsAndItsTaskEnds()
    {
        using var console = StartBasic(nameof(SpawnedProgramPrintsItsArgumentsAndItsTaskEnds));
        int start = console.Machine.SerialOutput.Length;
        console.Run("SPAWN \"hello.bas\", \"a\", \"b\"", BasicPrompt);
        WaitInOutput(console, start, "Hello from HELLO with 2 arguments: a b");

        console.Run("10 SLEEP 5000", BasicPrompt);
        console.Run("20 PRINT \"WAITER DONE \"; ARG$(1)", BasicPrompt);
        console.Run("SAVE \"waiter\"", BasicPrompt);
        console.Run("NEW", BasicPrompt);
        start = console.Machine.SerialOutput.Length;
        string spawned = console.Run("T = SPAWN(\"waiter\", \"x\") : PRINT \"TASK\"; T", BasicPrompt);
        string id = Regex.Match(spawned, @"TASK (\d+)").Groups[1].Value;
        Assert.NotEqual("", id);
        Assert.Matches(new Regex($@"\b{id} bas:waiter\s+(sleeping|ready)"), console.Run("TASKS", BasicPrompt));

        // Ctrl-C belongs to the session's own program, not to the ones it spawned.
        console.Machine.Send("\u0003");
        WaitInOutput(console, start, "WAITER DONE x");
        WaitUntilGone(console, "bas:waiter");
        Assert.DoesNotContain("bas:hello", console.Run("TASKS", BasicPrompt));
    }

    [Fact]
    public void SpawningAnUnknownProgramIsFileNotFound()
    {
        using var console = StartBasic(nameof(SpawningAnUnknownProgramIsFileNotFound));
        Assert.Contains("File not found", console.Run("SPAWN \"nosuch\"", BasicPrompt));
        console.Run("10 PRINT \"BEFORE\"", BasicPrompt);
        console.Run("20 T = SPAWN(\"nosuch\", 1)", BasicPrompt);
        console.Run("30 PRINT \"AFTER\"", BasicPrompt);
        string output = console.Run("RUN", BasicPrompt);
        Assert.Contains("File not found in 20", output);
        Assert.DoesNotContain("AFTER", output);
        Assert.Contains(" 42", console.Run("PRINT 6 * 7", BasicPrompt));
        Assert.DoesNotContain("bas:", console.Run("TASKS", BasicPrompt));
    }

    [Fact]
    public void TheMonitorsBreakStopsARunawaySpawnedProgram()
    {
        using var console = StartBasic(nameof(TheMonitorsBreakStopsARunawaySpawnedProgram));
        console.Run("10 GOTO 10", BasicPrompt);
        console.Run("SAVE \"forever\"", BasicPrompt);
        string spawned = console.Run("PRINT \"TASK\"; SPAWN(\"forever\")", BasicPrompt);
        string id = Regex.Match(spawned, @"TASK (\d+)").Groups[1].Value;
        Assert.NotEqual("", id);

        console.Run("SYSTEM");
        Assert.Contains("usage: break", console.Run("break soon"));
        Assert.Contains("no running task 999", console.Run("break 999"));
        Assert.Matches(new Regex($@"\b{id} bas:forever"), console.Run("tasks"));
        Assert.Contains($"break sent to task {id} (bas:forever)", console.Run($"break {id}"));
        console.Run("basic", BasicPrompt);
        WaitUntilGone(console, "bas:forever");
    }

    // Spawned output arrives whenever the task runs: before or after the next prompt.
    private static void WaitInOutput(KernelConsole console, int start, string text)
    {
        DateTime deadline = DateTime.UtcNow + OutputTimeout;
        while (console.Machine.SerialOutput.IndexOf(text, start, StringComparison.Ordinal) < 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"no \"{text}\" on the console:\n{console.Machine.SerialOutput.Substring(start)}");
            Thread.Sleep(100);
        }
    }

    // A finished task leaves the list when the kernel task reaps it, right after it ends.
    private static void WaitUntilGone(KernelConsole console, string taskName)
    {
        DateTime deadline = DateTime.UtcNow + OutputTimeout;
        string tasks;
        while ((tasks = console.Run("TASKS", BasicPrompt)).Contains(taskName))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{taskName} is still listed:\n{tasks}");
            Thread.Sleep(500);
        }
    }
}
