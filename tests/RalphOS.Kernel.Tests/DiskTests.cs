// DiskTests: the data disk end to end: the kernel mounts a FAT volume on the IDE primary
// slave; BASIC SAVEs, and a second machine on the same disk file LOADs and RUNs it; a
// program copied in by mcopy LOADs; KILL and NAME; the host's fsck.fat and mtype agree;
// QEMU killed in the middle of a burst of SAVEs leaves a volume that fsck.fat passes
// (lost clusters at most) with every file an old or a new version; a full disk says
// "Disk full" and keeps the old file; no disk means SAVE says where programs went.
using System;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class DiskTests
{
    private const string BasicPrompt = BasicTests.BasicPrompt;

    private static KernelConsole BootBasic(string name, DataDisk disk)
    {
        var console = KernelConsole.Boot(name, null, 128, disk.QemuArguments);
        console.Machine.Send("basic\r");
        console.Machine.WaitFor(KernelConsole.BasicReady, KernelConsole.CommandTimeout);
        return console;
    }

    [Fact]
    public void SaveSurvivesARebootAndHostFilesLoad()
    {
        using var disk = new DataDisk();
        disk.CopyIn("HOSTPROG.BAS", "10 PRINT \"WRITTEN BY MCOPY\"\n");
        using (var console = BootBasic(nameof(SaveSurvivesARebootAndHostFilesLoad) + "-1", disk))
        {
            Assert.Contains("primary slave: QEMU HARDDISK", console.Machine.SerialOutput);
            console.Run("LOAD \"hostprog\"", BasicPrompt);
            Assert.Contains("WRITTEN BY MCOPY", console.Run("RUN", BasicPrompt));
            console.Run("NEW", BasicPrompt);
            console.Run("10 FOR I = 1 TO 3: PRINT \"PERSISTED\"; I: NEXT I", BasicPrompt);
            string saved = console.Run("SAVE \"persist\"", BasicPrompt);
            Assert.DoesNotContain("error", saved, StringComparison.OrdinalIgnoreCase);
            console.Run("SAVE \"doomed\"", BasicPrompt);
            console.Run("SAVE \"before\"", BasicPrompt);
            console.Run("KILL \"doomed\"", BasicPrompt);
            console.Run("NAME \"before\" AS \"after\"", BasicPrompt);
            Assert.Contains("Permission denied", console.Run("KILL \"fib\"", BasicPrompt));
            Assert.Contains("File not found", console.Run("KILL \"nothing\"", BasicPrompt));
            string files = console.Run("FILES", BasicPrompt);
            Assert.Matches(new Regex(@"PERSIST\.BAS +\d+  20\d\d-\d\d-\d\d \d\d:\d\d"), files);
            Assert.Contains("FIB.BAS", files);
            Assert.Contains("bytes free on disk", files);
            console.Run("MKDIR \"games\"", BasicPrompt);
            console.Run("CHDIR \"games\"", BasicPrompt);
            console.Run("SAVE \"inner\"", BasicPrompt);
            Assert.Contains("Directory \\GAMES", console.Run("FILES", BasicPrompt));
            console.Run("CHDIR \"..\"", BasicPrompt);
            console.Run("SYSTEM", KernelConsole.Prompt);
            string report = console.Run("disk");
            Assert.Contains("FAT16 \"RALPHDISK\"", report);
            Assert.Contains("cache: 64 sectors", report);
        }
        var (code, fsck) = disk.Check();
        Assert.True(code == 0, fsck);
        Assert.Contains("PERSISTED", disk.Type("PERSIST.BAS"));
        Assert.Contains("PERSISTED", disk.Type("GAMES/INNER.BAS"));

        using (var console = BootBasic(nameof(SaveSurvivesARebootAndHostFilesLoad) + "-2", disk))
        {
            console.Run("LOAD \"persist\"", BasicPrompt);
            string output = console.Run("RUN", BasicPrompt);
            Assert.Contains("PERSISTED 3", output);
            string files = console.Run("FILES", BasicPrompt);
            Assert.DoesNotContain("DOOMED", files);
            Assert.DoesNotContain("BEFORE", files);
            Assert.Contains("AFTER.BAS", files);
        }
    }

    [Fact]
    public void KilledInTheMiddleOfSavesLeavesOldOrNewFiles()
    {
        using var disk = new DataDisk();
        const int Files = 3, Body = 40;
        string filler = new string('X', 60);
        using (var console = BootBasic(nameof(KilledInTheMiddleOfSavesLeavesOldOrNewFiles), disk))
        {
            // A program of several clusters: line 10 carries the version, the rest is fixed.
            for (int line = 1; line <= Body; line++) console.Run($"{100 + line} REM {line} {filler}", BasicPrompt);
            for (int i = 0; i < 6; i++)
            {
                console.Run($"10 REM VERSION {i}", BasicPrompt);
                console.Run($"SAVE \"P{i % Files}\"", BasicPrompt);
            }
            // A burst without waiting, then the power goes.
            var burst = new StringBuilder();
            for (int i = 6; i < 60; i++) burst.Append($"10 REM VERSION {i}\rSAVE \"P{i % Files}\"\r");
            console.Machine.Send(burst.ToString());
            console.Machine.WaitFor("VERSION 20", KernelConsole.CommandTimeout);
        }
        var (code, fsck) = disk.Check();
        Assert.True(code == 0 || OnlyLostClusters(fsck), fsck);
        for (int f = 0; f < Files; f++)
        {
            string text = disk.Type($"P{f}.BAS").Replace("\r", "");
            string[] lines = text.TrimEnd('\n').Split('\n');
            Assert.Equal(Body + 1, lines.Length);
            Match version = Regex.Match(lines[0], @"^10 REM VERSION (\d+)$");
            Assert.True(version.Success, lines[0]);
            Assert.Equal(f, int.Parse(version.Groups[1].Value) % Files);
            for (int line = 1; line <= Body; line++) Assert.Equal($"{100 + line} REM {line} {filler}", lines[line]);
        }
    }

    private static bool OnlyLostClusters(string report)
    {
        foreach (string raw in report.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("fsck.fat ") || line.Contains(" files, ")) continue;
            if (line.StartsWith("Reclaimed") || line.Contains("unused clusters") || line.StartsWith("Leaving filesystem unchanged")) continue;
            if (line.StartsWith("FATs differ") || line.Contains("Using first FAT")) continue;
            return false;
        }
        return true;
    }

    [Fact]
    public void DiskFullKeepsTheOldFile()
    {
        // A 1.44 MB FAT12 volume (512-byte clusters) filled from the host to two free clusters.
        using var disk = new DataDisk("-F 12", 1440);
        disk.CopyIn("FILLER.BIN", new byte[1457664 - 1024]);
        using var console = BootBasic(nameof(DiskFullKeepsTheOldFile), disk);
        console.Run("10 PRINT \"OLD VERSION\"", BasicPrompt);
        Assert.DoesNotContain("Disk full", console.Run("SAVE \"small\"", BasicPrompt));
        for (int line = 20; line < 60; line++) console.Run($"{line} REM {new string('Y', 60)}", BasicPrompt);
        Assert.Contains("Disk full", console.Run("SAVE \"small\"", BasicPrompt));
        console.Run("LOAD \"small\"", BasicPrompt);
        string listing = console.Run("LIST", BasicPrompt);
        Assert.Contains("OLD VERSION", listing);
        Assert.DoesNotContain("YYYY", listing);
    }

    [Fact]
    public void DiskBenchWritesReadsBackAndCleansUp()
    {
        using var disk = new DataDisk();
        using var console = KernelConsole.Boot(nameof(DiskBenchWritesReadsBackAndCleansUp), null, 128, disk.QemuArguments);
        string free = Regex.Match(console.Run("disk"), @"space: (\d+) bytes free").Groups[1].Value;
        string output = console.Run("disk bench 1", TimeSpan.FromSeconds(120));
        Assert.Matches(new Regex(@"write 1 MiB: \d+ ms, \d+\.\d MB/s"), output);
        Assert.Matches(new Regex(@"read 1 MiB: \d+ ms, \d+\.\d MB/s\r?\n"), output);
        Assert.DoesNotContain("MISMATCH", output);
        Assert.Contains("1 KiB overwrite (SAVE):", output);
        Assert.Contains($"space: {free} bytes free", console.Run("disk"));
    }

    [Fact]
    public void ARandomDiskIsRefusedWithAMessageAndTheSystemBootsOn()
    {
        using var disk = new DataDisk();
        var noise = new byte[32 * 1024 * 1024];
        new Random(16).NextBytes(noise);
        System.IO.File.WriteAllBytes(disk.Path, noise);
        using var console = BootBasic(nameof(ARandomDiskIsRefusedWithAMessageAndTheSystemBootsOn), disk);
        Assert.Contains("not mounted: not a FAT volume", console.Machine.SerialOutput);
        Assert.Contains("Saved in memory", console.Run("SAVE \"x\"", BasicPrompt));
        Assert.Equal(noise, System.IO.File.ReadAllBytes(disk.Path));
    }

    [Fact]
    public void WithoutADiskSaveSaysWhereProgramsGo()
    {
        using var console = BasicTests.StartBasic(nameof(WithoutADiskSaveSaysWhereProgramsGo));
        Assert.Contains("no disk", console.Machine.SerialOutput);
        console.Run("10 PRINT 1", BasicPrompt);
        Assert.Contains("Saved in memory: no disk is mounted", console.Run("SAVE \"x\"", BasicPrompt));
        Assert.Contains("X.BAS", console.Run("FILES", BasicPrompt));
    }
}
