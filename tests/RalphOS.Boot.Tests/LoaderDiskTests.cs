// LoaderDiskTests: the BIOS disk paths: stage1 and stage2 built with FORCE_CHS (cylinder/
// head/sector reads instead of int 13h extensions) still load everything, and a disk that
// ends after stage1 gets stage1's error message and a halt.
using System;
using System.IO;
using RalphOS.Boot.Tests.Fixtures;
using RalphOS.TestHarness;
using Xunit;

namespace RalphOS.Boot.Tests;

public sealed class LoaderDiskTests
{
    [Fact]
    public void ChsReadsLoadTheWholeImage()
    {
        var stages = TestImages.AssembleStages("chs", "FORCE_CHS");
        var files = new byte[40 * 1024];
        new Random(11).NextBytes(files);
        string image = TestImages.Write(TestKernel.Bootcheck, "chs", files: files, stages: stages);
        BootcheckRun run = BootcheckRun.Boot(image, 64, nameof(ChsReadsLoadTheWholeImage));
        Assert.True(run.Has("kernel crc ok"), run.Serial);
        Assert.True(run.Has("symbols crc ok"), run.Serial);
        Assert.True(run.Has("files crc ok"), run.Serial);
    }

    [Fact]
    public void Stage1ReportsADiskErrorAndHalts()
    {
        string image = Path.Combine(Toolchain.NewWorkDirectory("images"), "stage1-only.img");
        File.WriteAllBytes(image, TestImages.Stage1);       // stage2's sectors do not exist
        using QemuMachine machine = QemuMachine.Start(new QemuOptions
        {
            ImagePath = image, MemoryMiB = 64, Name = nameof(Stage1ReportsADiskErrorAndHalts),
        });
        machine.WaitFor("Ralph OS: disk read error, boot halted", BootcheckRun.RunTimeout);
        Assert.False(machine.WaitForExit(TimeSpan.FromSeconds(1)));
        Assert.DoesNotContain("stage2:", machine.SerialOutput);
    }
}
