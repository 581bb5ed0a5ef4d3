// TaskTests: the cooperative scheduler in the booted kernel: many tasks taking turns, a
// fault or an uncaught exception in one task ending only that task, stack overflow caught by the guard page, a task
// blocked on input using no CPU, and Ctrl-C reaching the console task.
using System;
using System.Text.RegularExpressions;
using System.Threading;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class TaskTests
{
    [Fact]
    public void HundredTasksPingPongThroughYieldsAndAllFinish()
    {
        using var console = KernelConsole.Boot(nameof(HundredTasksPingPongThroughYieldsAndAllFinish));
        string output = console.Run("tasktest pingpong 100", TimeSpan.FromMinutes(2));
        Assert.Contains("pingpong: 100 tasks x 1000 rounds, counter 100000, 100 finished", output);
        // Finished tasks are reaped: only the kernel and console tasks remain.
        string tasks = console.Run("tasks");
        Assert.DoesNotContain("ping-", tasks);
    }

    [Fact]
    public void RunawayRecursionIsStoppedByTheGuardPage()
    {
        using var console = KernelConsole.Boot(nameof(RunawayRecursionIsStoppedByTheGuardPage));
        string output = console.Run("tasktest overflow");
        Assert.Matches(@"stack overflow in task overflow-test \(id \d+\); task stopped", output);
        Assert.Contains("task overflow-test ended: stack overflow", output);
        Assert.Contains("Ralph OS", console.Run("version"));
        Assert.Contains("counter 5000", console.Run("tasktest pingpong 5"));
    }

    // A division by zero (the CPU's #DE) in managed code is a DivideByZeroException thrown at
    // the faulting instruction; uncaught, it ends only its task with the .NET-style report.
    [Fact]
    public void DivisionByZeroEndsOnlyTheFaultingTask()
    {
        using var console = KernelConsole.Boot(nameof(DivisionByZeroEndsOnlyTheFaultingTask));
        string output = console.Run("tasktest divide");
        Assert.Matches(@"task divide-test \(id \d+\) stopped: Unhandled exception\. System\.DivideByZeroException: Attempted to divide by zero\.\s+at RalphOS\.Kernel\.Console\.TaskCommands\.Divide \+ 0x", output);
        Assert.Contains("task divide-test ended: unhandled exception", output);
        Assert.DoesNotContain("KERNEL PANIC", output);
        Assert.Contains("counter 5000", console.Run("tasktest pingpong 5"));
    }

    [Fact]
    public void ManagedFailureInATaskEndsOnlyThatTask()
    {
        using var console = KernelConsole.Boot(nameof(ManagedFailureInATaskEndsOnlyThatTask));
        string output = console.Run("tasktest panic");
        Assert.Matches(@"task panic-test-task \(id \d+\) stopped: Unhandled exception\. System\.IndexOutOfRangeException: Index was outside the bounds of the array\.", output);
        Assert.Contains("Ralph OS", console.Run("version"));
    }

    [Fact]
    public void CheckedOverflowInATaskIsAnOverflowException()
    {
        using var console = KernelConsole.Boot(nameof(CheckedOverflowInATaskIsAnOverflowException));
        string output = console.Run("tasktest checked");
        Assert.Matches(@"task checked-test \(id \d+\) stopped: Unhandled exception\. System\.OverflowException: Arithmetic operation resulted in an overflow\.", output);
        Assert.Contains("Ralph OS", console.Run("version"));
    }

    // The message names the object's type and the type it was cast to, as .NET's does (from
    // the MethodTable symbols the image tool keeps).
    [Fact]
    public void AnInvalidCastExceptionNamesBothTypes()
    {
        using var console = KernelConsole.Boot(nameof(AnInvalidCastExceptionNamesBothTypes));
        string output = console.Run("tasktest cast");
        Assert.Matches(@"task cast-test \(id \d+\) stopped: Unhandled exception\. System\.InvalidCastException: Unable to cast object of type 'System\.String' to type 'System\.Text\.StringBuilder'\.", output);
        Assert.Contains("Ralph OS", console.Run("version"));
    }

    [Fact]
    public void ATaskBlockedOnSerialInputUsesNoCpu()
    {
        using var console = KernelConsole.Boot(nameof(ATaskBlockedOnSerialInputUsesNoCpu));
        (long consoleBefore, long idleBefore) = CpuTimes(console.Run("tasks"));
        // Wait until the guest's own clock has moved 1 s (host time is not guest time on a
        // busy host), then expect nearly all of that second to be idle.
        long start = console.UptimeMs();
        long elapsed = 0;
        for (int poll = 0; poll < 120 && elapsed < 1000; poll++)
        {
            Thread.Sleep(250);
            elapsed = console.UptimeMs() - start;
        }
        Assert.True(elapsed >= 1000, $"the guest clock moved only {elapsed} ms in 30 s");
        (long consoleAfter, long idleAfter) = CpuTimes(console.Run("tasks"));
        Assert.True(idleAfter - idleBefore >= elapsed * 8 / 10, $"idle grew by only {idleAfter - idleBefore} ms in {elapsed} ms of uptime");
        Assert.True(consoleAfter - consoleBefore < 100, $"the waiting console used {consoleAfter - consoleBefore} ms of CPU");
    }

    [Fact]
    public void CtrlCInterruptsTheConsoleTask()
    {
        using var console = KernelConsole.Boot(nameof(CtrlCInterruptsTheConsoleTask));
        console.Machine.Send("sleep 30000\r");
        console.Machine.WaitFor("sleep 30000", KernelConsole.CommandTimeout);
        Thread.Sleep(300);
        console.Machine.Send("\u0003");
        console.Machine.WaitFor("^C sleep interrupted", TimeSpan.FromSeconds(10));
        console.Machine.WaitFor(KernelConsole.Prompt, KernelConsole.CommandTimeout);
        // Ctrl-C while typing drops the half-typed line.
        console.Machine.Send("frobni\u0003");
        console.Machine.WaitFor("^C", KernelConsole.CommandTimeout);
        console.Machine.WaitFor(KernelConsole.Prompt, KernelConsole.CommandTimeout);
        string output = console.Run("version");
        Assert.Contains("Ralph OS", output);
        Assert.DoesNotContain("unknown command", output);
    }

    private static (long Console, long Idle) CpuTimes(string tasks)
    {
        Match console = Regex.Match(tasks, @"\d+ console\s+\w+\s+(\d+)");
        Match idle = Regex.Match(tasks, @"idle (\d+) ms");
        Assert.True(console.Success && idle.Success, "unexpected tasks output:\n" + tasks);
        return (long.Parse(console.Groups[1].Value), long.Parse(idle.Groups[1].Value));
    }
}
