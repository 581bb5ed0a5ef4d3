// LoaderImageTests: boots images that stress the loader: a 16 MiB kernel, the VGA flag, a
// files segment, images cut short (stage2 must report the failing read or CRC and halt)
// and a segment larger than the guest's RAM.
using System;
using System.IO;
using System.Text.RegularExpressions;
using RalphOS.Boot.Tests.Fixtures;
using RalphOS.TestHarness;
using Xunit;

namespace RalphOS.Boot.Tests;

public sealed class LoaderImageTests
{
    [Fact]
    public void Loads16MiBKernelOfRandomDataWithMatchingCrc()
    {
        string work = Toolchain.NewWorkDirectory("payload16");
        string payload = Path.Combine(work, "payload.bin");
        var bytes = new byte[16 * 1024 * 1024];
        new Random(20261123).NextBytes(bytes);
        for (int index = 0; index < bytes.Length; index++)
        {
            bytes[index] |= 1;                              // non-zero everywhere
        }
        File.WriteAllBytes(payload, bytes);
        TestKernel kernel = TestKernel.BootcheckWithPayload(payload);
        string image = TestImages.Write(kernel, "big");
        try
        {
            BootcheckRun run = BootcheckRun.Boot(image, 64, nameof(Loads16MiBKernelOfRandomDataWithMatchingCrc));
            Assert.True(run.Value("kernel at 0x0000000000100000 size") >= 16ul * 1024 * 1024, run.Serial);
            Assert.True(run.Has("kernel crc ok"), run.Serial);
            Assert.True(run.Has("symbols crc ok"), run.Serial);
            Assert.Contains("stage2: loading kernel 16", run.Serial);
        }
        finally
        {
            File.Delete(image);
            File.Delete(payload);
        }
    }

    [Fact]
    public void VgaFlagGivesMode13h()
    {
        string image = TestImages.Write(TestKernel.Bootcheck, "vga", flags: ImageFlags.VgaMode13h);
        BootcheckRun run = BootcheckRun.Boot(image, 64, nameof(VgaFlagGivesMode13h));
        Assert.Equal(0x13ul, run.Value("video mode"));
        Assert.Equal(1ul, run.Value("flags"));
        Assert.DoesNotContain("BAD", run.Serial);
    }

    [Fact]
    public void FilesSegmentIsLoadedAfterTheSymbols()
    {
        var files = new byte[70 * 1024 + 3];                // more than one 64-sector chunk
        new Random(5).NextBytes(files);
        string image = TestImages.Write(TestKernel.Bootcheck, "files", files: files);
        ImageSegment filesSegment = DiskImage.Load(image).Header.Segments[2];
        BootcheckRun run = BootcheckRun.Boot(image, 64, nameof(FilesSegmentIsLoadedAfterTheSymbols));
        Assert.True(run.Has("files crc ok"), run.Serial);
        Assert.Equal(filesSegment.LoadAddress, run.Value("files at"));
        Assert.Equal(BootLayout.AlignUp(filesSegment.MemoryEnd, 4096), run.Value("free memory"));
    }

    [Fact]
    public void TruncatedImageReportsTheFailingReadAndHalts()
    {
        string image = TruncatedImage("truncated", 65);     // ends right before the kernel
        using QemuMachine machine = Start(image, nameof(TruncatedImageReportsTheFailingReadAndHalts));
        machine.WaitFor("stage2: disk read error in segment 0 (kernel) at LBA 65, boot halted", BootcheckRun.RunTimeout);
        AssertHaltedOnce(machine);
    }

    [Fact]
    public void ImageCutInsideTheKernelFailsTheCrcCheckAndHalts()
    {
        // SeaBIOS/QEMU "read" a chunk that starts inside the disk and runs past its end, so
        // only the CRC check notices that the kernel's tail is missing.
        string image = TruncatedImage("cut", 66);
        using QemuMachine machine = Start(image, nameof(ImageCutInsideTheKernelFailsTheCrcCheckAndHalts));
        machine.WaitFor(new Regex(@"stage2: CRC-32 mismatch in segment 0 \(kernel\).*boot halted"), BootcheckRun.RunTimeout);
        AssertHaltedOnce(machine);
    }

    [Fact]
    public void SegmentBeyondTheEndOfRamIsRefused()
    {
        var files = new byte[3 * 1024 * 1024];              // ends near 4 MiB; the guest has 2
        new Random(3).NextBytes(files);
        string image = TestImages.Write(TestKernel.Bootcheck, "too-big", files: files);
        using QemuMachine machine = Start(image, nameof(SegmentBeyondTheEndOfRamIsRefused), memoryMiB: 2);
        machine.WaitFor(new Regex(@"stage2: segment 2 \(files\) needs memory up to 0x[0-9A-F]{8} but RAM ends at .*boot halted"),
            BootcheckRun.RunTimeout);
        AssertHaltedOnce(machine);
    }

    private static string TruncatedImage(string name, int sectors)
    {
        string image = TestImages.Write(TestKernel.Bootcheck, name);
        Assert.True(new FileInfo(image).Length > sectors * 512L);
        using (var file = new FileStream(image, FileMode.Open))
        {
            file.SetLength(sectors * 512L);
        }
        return image;
    }

    private static QemuMachine Start(string image, string name, int memoryMiB = 64) =>
        QemuMachine.Start(new QemuOptions { ImagePath = image, MemoryMiB = memoryMiB, Name = name });

    private static void AssertHaltedOnce(QemuMachine machine)
    {
        Assert.False(machine.WaitForExit(TimeSpan.FromSeconds(1)));  // halted, not reset (-no-reboot would exit)
        string serial = machine.SerialOutput;
        Assert.Equal(serial.IndexOf("stage2: Ralph OS loader"), serial.LastIndexOf("stage2: Ralph OS loader"));
        Assert.DoesNotContain("bootcheck", serial);
    }
}
