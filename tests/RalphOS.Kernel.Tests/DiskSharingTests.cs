// DiskSharingTests: while the monitor's `disk bench` writes and reads a 32 MiB file, the
// console task sleeps on the disk's interrupt, so a telnet session keeps answering (its
// PRINT comes back before the bench has finished, which the polling driver made
// impossible: the console task never let go of the CPU); a SAVE from telnet meanwhile waits
// at the disk gate, then lands whole: the bench reads its file back intact, FILES shows
// the SAVE, and the host's fsck.fat passes the volume.
using System;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class DiskSharingTests
{
    private static readonly TimeSpan BenchTimeout = TimeSpan.FromSeconds(300);

    [Fact]
    public void ATelnetSessionRunsAndSavesWhileTheConsoleWaitsForTheDisk()
    {
        using var disk = new DataDisk(sizeKiB: 65536);
        int port = LoopbackPorts.Free();
        using (var console = KernelConsole.Boot(nameof(ATelnetSessionRunsAndSavesWhileTheConsoleWaitsForTheDisk), null, 256,
                   "-netdev", $"user,id=net0,hostfwd=tcp:127.0.0.1:{port}-:23",
                   "-device", NetworkCard.Device(),
                   "-drive", $"format=raw,file={disk.Path},if=ide,index=1"))
        {
            if (!console.Machine.SerialOutput.Contains("telnet: listening on TCP port 23"))
                console.Machine.WaitFor("telnet: listening on TCP port 23", TimeSpan.FromSeconds(30));
            using var session = TelnetClient.Open(port);
            session.Send("10 PRINT \"FROM TELNET\"\r\n");
            session.WaitFor("> ", TimeSpan.FromSeconds(60));

            console.Machine.Send("disk bench 32\r");
            console.Machine.WaitFor("disk bench 32", TimeSpan.FromSeconds(30));
            System.Threading.Thread.Sleep(2000); // let the console task take the line and start
            session.Send("PRINT 6*7\r\n");
            session.WaitFor("42", BenchTimeout);
            Assert.DoesNotContain("read 32 MiB", console.Machine.SerialOutput);
            session.WaitFor("> ", TimeSpan.FromSeconds(60));
            session.Send("SAVE \"telnet\"\r\n");
            string saved = session.WaitFor("> ", BenchTimeout);
            Assert.DoesNotContain("error", saved, StringComparison.OrdinalIgnoreCase);

            console.Machine.WaitFor(KernelConsole.Prompt, BenchTimeout);
            string output = console.Machine.SerialOutput;
            Assert.Contains("read 32 MiB", output);
            Assert.DoesNotContain("MISMATCH", output);
            session.Send("FILES\r\n");
            Assert.Contains("TELNET.BAS", session.WaitFor("bytes free on disk", TimeSpan.FromSeconds(60)));
            string report = console.Run("disk");
            Assert.Contains("0 missed", report);
        }
        var (code, fsck) = disk.Check();
        Assert.True(code == 0, fsck);
        Assert.Contains("FROM TELNET", disk.Type("TELNET.BAS"));
    }
}
