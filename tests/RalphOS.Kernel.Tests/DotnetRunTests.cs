// DotnetRunTests: `dotnet run --project RalphOS.Kernel` (the IDE's F5) boots the image as
// ./run.sh run does, with the data disk attached: a program SAVEd at the console lands on
// the disk RALPH_DISK names, where mtype reads it back after Ctrl-A X has ended QEMU.
// Runs with --no-build, so it boots the image the test run already built.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using RalphOS.TestHarness;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class DotnetRunTests
{
    private const string CtrlAX = "\u0001x";   // QEMU's multiplexer: Ctrl-A then x quits
    private static readonly TimeSpan QuitTimeout = TimeSpan.FromSeconds(30);
    // dotnet run evaluates the project before QEMU starts: allow for it on a loaded machine.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    [Fact]
    public void DotnetRunAttachesTheDataDisk()
    {
        _ = KernelImages.Standard;   // throws with a clear message when the image is missing
        using var disk = new DataDisk();
        var environment = new Dictionary<string, string> { ["RALPH_DISK"] = disk.Path };
        ProcessStartInfo startInfo = TerminalCommand.Create(
            "dotnet run --project RalphOS.Kernel --no-build", KernelImages.RepositoryRoot, environment);
        using (QemuMachine run = QemuMachine.StartCommand(startInfo, nameof(DotnetRunAttachesTheDataDisk), QemuAccelerator.Tcg))
        {
            run.WaitFor("bytes free", StartTimeout);
            Assert.Contains("primary slave: QEMU HARDDISK", run.SerialOutput);
            run.Send("10 PRINT \"SAVED UNDER DOTNET RUN\"\r");
            run.WaitFor("> ", KernelConsole.CommandTimeout);
            run.Send("SAVE \"dotrun\"\r");
            run.WaitFor("> ", KernelConsole.CommandTimeout);
            run.Send("FILES\r");
            run.WaitFor("DOTRUN.BAS", KernelConsole.CommandTimeout);
            run.Send(CtrlAX);
            Assert.True(run.WaitForExit(QuitTimeout), "Ctrl-A X did not end QEMU\n" + run.Diagnostics());
        }
        Assert.Contains("SAVED UNDER DOTNET RUN", disk.Type("DOTRUN.BAS"));
    }
}
