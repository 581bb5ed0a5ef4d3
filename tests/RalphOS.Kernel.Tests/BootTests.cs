// BootTests: the kernel boots from our bootloader, logs what it found, and reports the
// machine's RAM as QEMU configured it; a kernel larger than 1 MiB loads intact.
using System.Text.RegularExpressions;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class BootTests
{
    [Fact]
    public void BootsIntoBasicAndRunsAStatementAtOnce()
    {
        using var machine = RalphOS.TestHarness.QemuMachine.Start(new RalphOS.TestHarness.QemuOptions
        {
            ImagePath = KernelImages.Standard,
            Name = nameof(BootsIntoBasicAndRunsAStatementAtOnce),
            Snapshot = true,
        });
        machine.WaitFor(KernelConsole.BasicReady, KernelConsole.BootTimeout);
        machine.Send("PRINT 2 + 2\r");
        machine.WaitFor(" 4 ", KernelConsole.CommandTimeout);
    }

    [Fact]
    public void BootsToTheConsoleWithBannerAndBootLog()
    {
        using var console = KernelConsole.Boot(nameof(BootsToTheConsoleWithBannerAndBootLog));
        string log = console.Machine.SerialOutput;
        Assert.Matches(@"Ralph OS \d+\.\d+\.\d+ \(C# on bare metal, x86_64\)", log);
        Assert.Contains("[info] serial: COM1 ready", log);
        Assert.Matches(@"\[info\] kernel: loaded at 0x100000, image \d+ KiB, in memory \d+ KiB, checksum ok", log);
        Assert.Matches(@"\[info\] symbols: \d+ symbols loaded", log);
        Assert.Contains("[info] interrupts: IDT loaded", log);
        Assert.Contains("[info] console: ready on COM1: BASIC", log);
        Assert.Matches(KernelConsole.BasicReady, log);
        Assert.DoesNotContain("[error]", log);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(1024)]
    public void ReportsTheUsableRamQemuWasGiven(int memoryMiB)
    {
        using var console = KernelConsole.Boot($"{nameof(ReportsTheUsableRamQemuWasGiven)}_{memoryMiB}", memoryMiB: memoryMiB);
        Match memory = Regex.Match(console.Machine.SerialOutput, @"\[info\] memory: (\d+) MiB usable \((\d+) KiB\)");
        Assert.True(memory.Success, "no memory line in the boot log");
        long usableKiB = long.Parse(memory.Groups[2].Value);
        long configuredKiB = memoryMiB * 1024L;
        // The BIOS keeps the area below 1 MiB partly reserved, and a little at the top.
        Assert.InRange(usableKiB, configuredKiB - 2048, configuredKiB);
    }

    [Fact]
    public void KernelLargerThanOneMebibyteLoadsIntact()
    {
        using var console = KernelConsole.Boot(nameof(KernelLargerThanOneMebibyteLoadsIntact), KernelImages.Large);
        Match kernel = Regex.Match(console.Machine.SerialOutput, @"\[info\] kernel: loaded at 0x100000, image (\d+) KiB, in memory \d+ KiB, checksum (\w+)");
        Assert.True(kernel.Success, "no kernel line in the boot log");
        Assert.True(int.Parse(kernel.Groups[1].Value) > 1024, "the large test kernel should be over 1 MiB");
        Assert.Equal("ok", kernel.Groups[2].Value);
        Assert.Contains("Ralph OS", console.Run("version"));
    }
}
