// ExceptionBootTests: C# exceptions in the booted kernel, beyond the self-test suite: an
// exception a task does not catch ends that task with the .NET-style report (type,
// message, inner exception, stack trace) on the console and in the log, and the system
// keeps serving the console and telnet; a null dereference (a page fault in page 0) in a
// task is caught by that task's own catch block, its finally running.
using System;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class ExceptionBootTests
{
    [Fact]
    public void AnUncaughtExceptionEndsItsTaskAndTheSystemKeepsServing()
    {
        using var console = TelnetClient.BootWithTelnet(nameof(AnUncaughtExceptionEndsItsTaskAndTheSystemKeepsServing), out int port);
        string output = console.Run("tasktest throw");
        Assert.Matches(@"task throw-test \(id \d+\) stopped: Unhandled exception\. System\.InvalidOperationException: thrown by tasktest throw ---> System\.FormatException: the inner one", output);
        Assert.Contains("   at RalphOS.Kernel.Console.TaskCommands.ThrowUncaught + 0x", output);
        Assert.Contains("[error] tasks: task throw-test stopped: Unhandled exception.", output);
        Assert.Contains("task throw-test ended: unhandled exception", output);
        Assert.DoesNotContain("KERNEL PANIC", output);

        Assert.Contains("Ralph OS", console.Run("version"));
        using var client = TelnetClient.Open(port);
        client.Send("PRINT 6 * 7\r\n");
        Assert.Contains("42", client.WaitFor("> ", TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void ANullDereferenceInATaskIsCaughtByItsOwnCatchBlock()
    {
        using var console = KernelConsole.Boot(nameof(ANullDereferenceInATaskIsCaughtByItsOwnCatchBlock));
        string output = console.Run("tasktest catchnull");
        Assert.Contains("catchnull: caught NullReferenceException: Object reference not set to an instance of an object.", output);
        Assert.Contains("catchnull: finally ran", output);
        Assert.Contains("task catchnull-test ended: finished", output);
        Assert.DoesNotContain("stopped", output);
    }
}
