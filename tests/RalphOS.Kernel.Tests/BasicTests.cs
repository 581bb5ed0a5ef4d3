// BasicTests: the BASIC interpreter (RalphOS.Basic, compiled into the kernel) at the serial
// console: typing and running a program, LIST, loading an embedded program, errors that
// leave the REPL running, Ctrl-C breaking an endless loop and CONT resuming it.
using System;
using System.Text.RegularExpressions;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class BasicTests
{
    // BASIC prints its "> " prompt at the start of a line.
    internal const string BasicPrompt = "\n> ";

    // Boots, leaves the BASIC the machine boots into for the monitor, and starts it again.
    internal static KernelConsole StartBasic(string name)
    {
        var console = KernelConsole.Boot(name);
        console.Machine.Send("basic\r");
        console.Machine.WaitFor(new Regex(@"Ralph OS BASIC \d+\.\d+\r?\n\d+ bytes free\r?\n> "), KernelConsole.CommandTimeout);
        return console;
    }

    [Fact]
    public void TypedProgramRunsAndLists()
    {
        using var console = StartBasic(nameof(TypedProgramRunsAndLists));
        console.Run("10 S = 0", BasicPrompt);
        console.Run("20 FOR I = 1 TO 10: S = S + I * I: NEXT I", BasicPrompt);
        console.Run("30 PRINT \"SUM OF SQUARES\"; S", BasicPrompt);
        Assert.Contains("SUM OF SQUARES 385", console.Run("RUN", BasicPrompt));
        string listing = console.Run("LIST", BasicPrompt);
        Assert.Contains("10 S = 0", listing);
        Assert.Contains("30 PRINT \"SUM OF SQUARES\"; S", listing);
        Assert.Contains("3.5", console.Run("PRINT 7 / 2", BasicPrompt));
    }

    [Fact]
    public void LoadsAndRunsAnEmbeddedProgram()
    {
        using var console = StartBasic(nameof(LoadsAndRunsAnEmbeddedProgram));
        console.Run("LOAD \"fib\"", BasicPrompt);
        string output = console.Run("RUN", BasicPrompt, TimeSpan.FromSeconds(60));
        Assert.Contains("514229", output);
        string files = console.Run("FILES", BasicPrompt);
        Assert.Contains("FIB", files);
        Assert.Contains("PRIMES", files);
    }

    [Fact]
    public void ErrorsAreReportedAndTheReplContinues()
    {
        using var console = StartBasic(nameof(ErrorsAreReportedAndTheReplContinues));
        Assert.Contains("Syntax error", console.Run("FOO BAR", BasicPrompt));
        Assert.Contains("Missing operand", console.Run("PRINT (1 +", BasicPrompt));
        console.Run("10 A = 5", BasicPrompt);
        console.Run("20 PRINT A / (A - 5)", BasicPrompt);
        Assert.Contains("Division by zero in 20", console.Run("RUN", BasicPrompt));
        Assert.Contains("RETURN without GOSUB", console.Run("RETURN", BasicPrompt));
        Assert.Contains(" 42", console.Run("PRINT 6 * 7", BasicPrompt));
        Assert.Contains("Ralph OS", console.Run("SYSTEM") + console.Run("version"));
    }

    [Fact]
    public void CtrlCBreaksAnEndlessLoopAndContResumesIt()
    {
        using var console = StartBasic(nameof(CtrlCBreaksAnEndlessLoopAndContResumesIt));
        console.Run("10 N = N + 1", BasicPrompt);
        console.Run("20 GOTO 10", BasicPrompt);
        console.Machine.Send("RUN\r");
        console.Machine.WaitFor("RUN", KernelConsole.CommandTimeout);
        System.Threading.Thread.Sleep(500);
        console.Machine.Send("\u0003");
        console.Machine.WaitFor(new Regex(@"Break in (10|20)"), TimeSpan.FromSeconds(10));
        console.Machine.WaitFor(BasicPrompt, KernelConsole.CommandTimeout);
        long first = long.Parse(Regex.Match(console.Run("PRINT N", BasicPrompt), @"\d+").Value);
        Assert.True(first > 0);
        console.Machine.Send("CONT\r");
        System.Threading.Thread.Sleep(300);
        console.Machine.Send("\u0003");
        console.Machine.WaitFor(new Regex(@"Break in (10|20)"), TimeSpan.FromSeconds(10));
        console.Machine.WaitFor(BasicPrompt, KernelConsole.CommandTimeout);
        long second = long.Parse(Regex.Match(console.Run("PRINT N", BasicPrompt), @"\d+").Value);
        Assert.True(second > first, $"CONT did not resume: N went from {first} to {second}");
    }

    [Fact]
    public void TasksAndMemstatsDescribeTheSystem()
    {
        using var console = StartBasic(nameof(TasksAndMemstatsDescribeTheSystem));
        Assert.Matches(@"\d+ console\s+running", console.Run("TASKS", BasicPrompt));
        Assert.Matches(@"heap: \d+ KiB used of \d+ KiB", console.Run("MEMSTATS", BasicPrompt));
    }
}
