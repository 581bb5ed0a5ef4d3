// RunTargetTests: `./run.sh run` used the way a person uses it, at a terminal. Ctrl-C breaks
// the running BASIC program (QEMU's serial port is on mon:stdio, which leaves the terminal
// in raw mode and passes 0x03 to the guest) instead of killing QEMU; Ctrl-A X quits QEMU
// with status 0; `reboot` restarts the machine instead of ending QEMU; `./run.sh debug`
// writes QEMU's interrupt log without the timer's entries.
using System;
using System.Text.RegularExpressions;
using RalphOS.TestHarness;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class RunTargetTests
{
    private const string CtrlC = "\u0003";
    private const string CtrlAX = "\u0001x";   // QEMU's multiplexer: Ctrl-A then x quits
    // The pty turns each "\n" the guest sends into "\r\n" (ONLCR), so lines end in \r*\n.
    private static readonly Regex BasicReady = new Regex(@"Ralph OS BASIC \d+\.\d+\r*\n\d+ bytes free\r*\n> ");
    private static readonly TimeSpan QuitTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public void CtrlCBreaksTheProgramAndCtrlAXQuitsQemu()
    {
        using QemuMachine run = RunScript.Boot("run", nameof(CtrlCBreaksTheProgramAndCtrlAXQuitsQemu));
        run.WaitFor(BasicReady, KernelConsole.BootTimeout);
        run.Send("10 PRINT \"looping\"\r");
        run.WaitFor("> ", KernelConsole.CommandTimeout);
        run.Send("20 GOTO 20\r");
        run.WaitFor("> ", KernelConsole.CommandTimeout);
        run.Send("RUN\r");
        run.WaitFor("looping", KernelConsole.CommandTimeout);
        run.Send(CtrlC);
        run.WaitFor("Break in 20", KernelConsole.CommandTimeout);
        run.Send("PRINT 6*7\r");
        run.WaitFor(" 42", KernelConsole.CommandTimeout);
        run.Send(CtrlAX);
        Assert.True(run.WaitForExit(QuitTimeout), "Ctrl-A X did not end QEMU\n" + run.Diagnostics());
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void DebugTargetLogsInterruptsWithoutTheTimer()
    {
        string log = System.IO.Path.Combine(KernelImages.BuildDirectory, "qemu-debug.log");
        System.IO.File.Delete(log);
        using (QemuMachine run = RunScript.Boot("debug", nameof(DebugTargetLogsInterruptsWithoutTheTimer)))
        {
            run.WaitFor(BasicReady, KernelConsole.BootTimeout);
            run.Send("PRINT 6*7\r");   // serial interrupts (vector 0x24) reach the log
            run.WaitFor(" 42", KernelConsole.CommandTimeout);
            run.Send(CtrlAX);
            Assert.True(run.WaitForExit(QuitTimeout), "Ctrl-A X did not end QEMU\n" + run.Diagnostics());
        }
        // The filter ends when QEMU closes the log's pipe; give it a bounded moment to flush.
        string text = "";
        for (int attempt = 0; attempt < 50 && !text.Contains("v=24"); attempt++)
        {
            System.Threading.Thread.Sleep(100);
            text = System.IO.File.Exists(log) ? System.IO.File.ReadAllText(log) : "";
        }
        Assert.Matches(@"\d+: v=24 ", text);
        Assert.DoesNotMatch(@"\d+: v=20 ", text);
        Assert.DoesNotContain("INT=0x20", text);
    }

    [Fact]
    public void RebootRestartsTheMachineUnderTheRunTarget()
    {
        using QemuMachine run = RunScript.Boot("run", nameof(RebootRestartsTheMachineUnderTheRunTarget));
        run.WaitFor(BasicReady, KernelConsole.BootTimeout);
        run.Send("SYSTEM\r");
        run.WaitFor(KernelConsole.Prompt, KernelConsole.CommandTimeout);
        run.Send("reboot\r");
        run.WaitFor("rebooting", KernelConsole.CommandTimeout);
        // The machine boots again into BASIC, and answers.
        run.WaitFor(BasicReady, KernelConsole.BootTimeout);
        run.Send("PRINT 6*7\r");
        run.WaitFor(" 42", KernelConsole.CommandTimeout);
        run.Send(CtrlAX);
        Assert.True(run.WaitForExit(QuitTimeout), "Ctrl-A X did not end QEMU\n" + run.Diagnostics());
        Assert.Equal(0, run.ExitCode);
    }
}
