// ExceptionBootTests: C# exceptions in the booted kernel, beyond the self-test suite: an
// exception a task does not catch ends that task with the .NET-style report (type,
// message, inner exception, stack trace) on the console and in the log, and the system
// keeps serving the console and telnet; a null dereference (a page fault in page 0) in a
// task is caught by that task's own catch block, its finally running.
using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class ExceptionBootTests
{
    [Fact]
    public void AnUncaughtExceptionEndsItsTaskAndTheSystemKeepsServing()
    {
        int port = LoopbackPorts.Free();
        using var console = KernelConsole.Boot(nameof(AnUncaughtExceptionEndsItsTaskAndTheSystemKeepsServing), null, 256,
            "-netdev", $"user,id=net0,hostfwd=tcp:127.0.0.1:{port}-:23",
            "-device", "ne2k_isa,netdev=net0,irq=10,iobase=0x300");
        string output = console.Run("tasktest throw");
        Assert.Matches(@"task throw-test \(id \d+\) stopped: Unhandled exception\. System\.InvalidOperationException: thrown by tasktest throw ---> System\.FormatException: the inner one", output);
        Assert.Contains("   at RalphOS.Kernel.Console.TaskCommands.ThrowUncaught + 0x", output);
        Assert.Contains("[error] tasks: task throw-test stopped: Unhandled exception.", output);
        Assert.Contains("task throw-test ended: unhandled exception", output);
        Assert.DoesNotContain("KERNEL PANIC", output);

        Assert.Contains("Ralph OS", console.Run("version"));
        if (!console.Machine.SerialOutput.Contains("telnet: listening on TCP port 23"))
            console.Machine.WaitFor("telnet: listening on TCP port 23", TimeSpan.FromSeconds(30));
        using var client = new TcpClient();
        client.Connect(IPAddress.Loopback, port);
        Assert.Contains("Ralph OS BASIC", ReadUntil(client.GetStream(), "> ", TimeSpan.FromSeconds(60)));
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

    private static string ReadUntil(NetworkStream stream, string marker, TimeSpan timeout)
    {
        var text = new StringBuilder();
        var buffer = new byte[4096];
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !text.ToString().Contains(marker))
        {
            if (!stream.DataAvailable)
            {
                System.Threading.Thread.Sleep(10);
                continue;
            }
            int count = stream.Read(buffer, 0, buffer.Length);
            if (count == 0)
                break;
            text.Append(Encoding.Latin1.GetString(buffer, 0, count));
        }
        return text.ToString();
    }
}
