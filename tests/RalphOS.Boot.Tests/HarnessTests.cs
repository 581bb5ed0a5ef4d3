// HarnessTests: the QEMU test harness itself: its command line, log naming, typing into the
// serial port (bootcheck echoes keys after "bootcheck done"), and its failure message.
using System;
using System.Linq;
using RalphOS.Boot.Tests.Fixtures;
using RalphOS.TestHarness;
using Xunit;

namespace RalphOS.Boot.Tests;

public sealed class HarnessTests
{
    [Fact]
    public void CommandLineHasTheStandardArgumentsThenTheExtras()
    {
        var options = new QemuOptions { ImagePath = "/tmp/x.img", MemoryMiB = 512 };
        options.ExtraArguments.AddRange(new[] { "-device", "VGA" });
        string[] kvm = QemuCommand.CreateStartInfo("/usr/bin/qemu", options, QemuAccelerator.Kvm).ArgumentList.ToArray();
        string joined = string.Join(' ', kvm);
        Assert.Contains("-drive format=raw,file=/tmp/x.img -serial stdio -display none -no-reboot -monitor none -m 512M", joined);
        Assert.Contains("-accel kvm -cpu qemu64", joined);
        Assert.EndsWith("-device VGA", joined);

        options.Snapshot = true;
        string tcg = string.Join(' ', QemuCommand.CreateStartInfo("/usr/bin/qemu", options, QemuAccelerator.Tcg).ArgumentList);
        Assert.Contains("-accel tcg", tcg);
        Assert.DoesNotContain("kvm", tcg);
        Assert.Contains("file=/tmp/x.img,snapshot=on", tcg);
    }

    [Fact]
    public void LogFileNamesAreSafeAndDistinct()
    {
        string first = QemuCommand.LogFilePath("My Test/1");
        string second = QemuCommand.LogFilePath("My Test/1");
        Assert.NotEqual(first, second);
        Assert.Contains("My_Test_1-", System.IO.Path.GetFileName(first));
    }

    [Fact]
    public void ExplicitAcceleratorIsKept()
    {
        Assert.Equal(QemuAccelerator.Tcg, QemuAcceleratorChoice.Resolve(QemuAccelerator.Tcg));
        Assert.Equal(QemuAccelerator.Kvm, QemuAcceleratorChoice.Resolve(QemuAccelerator.Kvm));
        Assert.NotEqual(QemuAccelerator.Auto, QemuAcceleratorChoice.Resolve(QemuAccelerator.Auto));
    }

    [Fact]
    public void SendTypesIntoTheGuestAndWaitForMovesOn()
    {
        string image = TestImages.Write(TestKernel.Bootcheck, "send");
        using QemuMachine machine = QemuMachine.Start(new QemuOptions { ImagePath = image, Name = nameof(SendTypesIntoTheGuestAndWaitForMovesOn) });
        machine.WaitFor("bootcheck done", BootcheckRun.RunTimeout);
        machine.Send("R");
        machine.WaitFor("key 0x0000000000000052", BootcheckRun.RunTimeout);
        machine.Send("a");
        machine.WaitFor("key 0x0000000000000061", BootcheckRun.RunTimeout);
        Assert.True(System.IO.File.Exists(machine.LogPath));
    }

    [Fact]
    public void WaitForFailureNamesThePatternAndShowsTheSerialTail()
    {
        string image = TestImages.Write(TestKernel.Bootcheck, "wait-fail");
        using QemuMachine machine = QemuMachine.Start(new QemuOptions { ImagePath = image, Name = nameof(WaitForFailureNamesThePatternAndShowsTheSerialTail) });
        machine.WaitFor("bootcheck done", BootcheckRun.RunTimeout);
        var error = Assert.Throws<QemuMachineException>(() => machine.WaitFor("never printed", TimeSpan.FromMilliseconds(300)));
        Assert.Contains("never printed", error.Message);
        Assert.Contains("timed out", error.Message);
        Assert.Contains("bootcheck done", error.Message);
    }
}
