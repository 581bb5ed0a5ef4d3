// DiskInterruptTests: the data disk's driver on QEMU's IDE controller takes IRQ 14: the
// monitor's `disk` report shows the waits its interrupts ended and none missed after a
// write and read of a file, and while the disk works the waiting task sleeps, so the
// machine idles (the `tasks` idle time grows by a good part of the transfer time, where
// the polling driver kept the CPU busy and the idle time stood still). The file read back
// matches (disk bench checks it), and the host's fsck.fat passes the volume.
using System;
using System.Text.RegularExpressions;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class DiskInterruptTests
{
    private static long IdleMs(string tasks) => long.Parse(Regex.Match(tasks, @"idle (\d+) ms of").Groups[1].Value);

    [Fact]
    public void TheDiskDriverSleepsOnIrq14WhileTheDriveWorks()
    {
        using var disk = new DataDisk();
        using (var console = KernelConsole.Boot(nameof(TheDiskDriverSleepsOnIrq14WhileTheDriveWorks), null, 128, disk.QemuArguments))
        {
            long idleBefore = IdleMs(console.Run("tasks"));
            string bench = console.Run("disk bench 2", TimeSpan.FromSeconds(180));
            long idleAfter = IdleMs(console.Run("tasks"));
            Assert.DoesNotContain("MISMATCH", bench);
            long transferMs = 0;
            foreach (Match m in Regex.Matches(bench, @"(?:write|read) 2 MiB: (\d+) ms")) transferMs += long.Parse(m.Groups[1].Value);
            Assert.True(transferMs > 0, bench);

            string report = console.Run("disk");
            Match interrupts = Regex.Match(report, @"interrupts: IRQ 14, the driver sleeps until it; (\d+) waits ended by it, (\d+) missed");
            Assert.True(interrupts.Success, report);
            Assert.True(long.Parse(interrupts.Groups[1].Value) > 2 * 2 * 2048, report);   // a sector each way, at least
            Assert.Equal("0", interrupts.Groups[2].Value);
            // Guest time only: the part of the transfers the CPU spent halted, waiting for the drive.
            Assert.True(idleAfter - idleBefore >= transferMs / 10,
                $"idle grew by {idleAfter - idleBefore} ms during {transferMs} ms of transfers\n{bench}");
        }
        var (code, fsck) = disk.Check();
        Assert.True(code == 0, fsck);
    }
}
