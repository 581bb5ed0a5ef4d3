// ImageBuilderTests: where `build` puts every segment on disk and in memory, and which
// inputs it refuses.
using System;
using System.Collections.Generic;
using RalphOS.Boot.Tests.Fixtures;
using Xunit;

namespace RalphOS.Boot.Tests;

public sealed class ImageBuilderTests
{
    private static ImageBuildInput Input(byte[] stage1 = null, byte[] stage2 = null, byte[] files = null) => new ImageBuildInput
    {
        Stage1 = stage1 ?? TestImages.Stage1,
        Stage2 = stage2 ?? TestImages.Stage2,
        KernelBinary = TestKernel.Tiny.Binary,
        KernelElf = TestKernel.Tiny.Elf,
        Files = files,
        Cmdline = "x=1",
    };

    private static ImageHeader HeaderOf(byte[] image, byte[] stage2) =>
        ImageHeader.ReadFrom(image.AsSpan(BootLayout.SectorSize + ImageHeader.Find(stage2), ImageHeader.Size));

    [Fact]
    public void LaysOutStagesAndSegments()
    {
        var files = new byte[3000];
        new Random(7).NextBytes(files);
        ImageBuildInput input = Input(files: files);
        byte[] image = ImageBuilder.Build(input);
        ImageHeader header = HeaderOf(image, input.Stage2);

        Assert.Equal(input.Stage1, image.AsSpan(0, 512).ToArray());
        Assert.Equal(input.Stage2[..16], image.AsSpan(512, 16).ToArray());
        Assert.Equal(3, header.Segments.Count);
        ImageSegment kernel = header.Segments[0], symbols = header.Segments[1], blob = header.Segments[2];
        Assert.Equal((SegmentKind.Kernel, 65u, 0x100000ul, 0x2004u), (kernel.Kind, kernel.Lba, kernel.LoadAddress, kernel.MemorySize));
        Assert.Equal(BootLayout.SectorsFor(input.KernelBinary.Length), kernel.Sectors);
        Assert.Equal(SegmentKind.Symbols, symbols.Kind);
        Assert.Equal(kernel.Lba + kernel.Sectors, symbols.Lba);
        Assert.Equal(0x103000ul, symbols.LoadAddress);  // 4 KiB-aligned end of 0x100000 + 0x2004
        Assert.Equal(SegmentKind.Files, blob.Kind);
        Assert.Equal(symbols.Lba + symbols.Sectors, blob.Lba);
        Assert.Equal(BootLayout.AlignUp(symbols.MemoryEnd, 4096), blob.LoadAddress);
        Assert.Equal(3000u, blob.FileSize);
        Assert.Equal((long)(blob.Lba + blob.Sectors) * 512, image.Length);
    }

    [Fact]
    public void CrcsDescribeTheBytesOnDisk()
    {
        var files = new byte[] { 1, 2, 3 };
        ImageBuildInput input = Input(files: files);
        byte[] image = ImageBuilder.Build(input);
        foreach (ImageSegment segment in HeaderOf(image, input.Stage2).Segments)
        {
            ReadOnlySpan<byte> bytes = image.AsSpan((int)segment.Lba * 512, (int)segment.FileSize);
            Assert.Equal(segment.Crc32, Crc32.Compute(bytes));
        }
        Assert.Equal(input.KernelBinary, image.AsSpan(65 * 512, input.KernelBinary.Length).ToArray());
    }

    [Fact]
    public void WithoutFilesThereAreTwoSegments()
    {
        ImageBuildInput input = Input();
        ImageHeader header = HeaderOf(ImageBuilder.Build(input), input.Stage2);
        Assert.Equal(new[] { SegmentKind.Kernel, SegmentKind.Symbols }, new[] { header.Segments[0].Kind, header.Segments[1].Kind });
        Assert.Equal(2, header.Segments.Count);
        Assert.Equal("x=1", header.Cmdline);
    }

    [Fact]
    public void RejectsAStage1OfTheWrongSize()
    {
        var error = Assert.Throws<ImageToolException>(() => ImageBuilder.Build(Input(stage1: new byte[511])));
        Assert.Contains("512 bytes", error.Message);
    }

    [Fact]
    public void RejectsAStage1WithoutBootSignature()
    {
        byte[] stage1 = TestImages.Stage1;
        stage1[511] = 0;
        var error = Assert.Throws<ImageToolException>(() => ImageBuilder.Build(Input(stage1: stage1)));
        Assert.Contains("0x55 0xAA", error.Message);
    }

    [Fact]
    public void RejectsAStage2Over32KiB()
    {
        byte[] stage2 = TestImages.Stage2;
        Array.Resize(ref stage2, 32 * 1024 + 1);
        var error = Assert.Throws<ImageToolException>(() => ImageBuilder.Build(Input(stage2: stage2)));
        Assert.Contains("stage2 is 32769 bytes", error.Message);
    }

    [Fact]
    public void RejectsAStage2WithoutHeader()
    {
        var error = Assert.Throws<ImageToolException>(() => ImageBuilder.Build(Input(stage2: new byte[4096])));
        Assert.Contains("no RALPHOS image header", error.Message);
    }

    [Fact]
    public void RejectsSegmentsOverlappingInMemory()
    {
        var segments = new List<ImageSegment>
        {
            new ImageSegment { Kind = SegmentKind.Kernel, Lba = 65, Sectors = 8, FileSize = 4096, LoadAddress = 0x100000, MemorySize = 0x3000 },
            new ImageSegment { Kind = SegmentKind.Symbols, Lba = 73, Sectors = 1, FileSize = 64, LoadAddress = 0x102000, MemorySize = 64 },
        };
        var error = Assert.Throws<ImageToolException>(() => SegmentChecks.Validate(segments));
        Assert.Contains("overlap in memory", error.Message);
    }

    [Fact]
    public void RejectsSegmentsOverlappingOnDisk()
    {
        var segments = new List<ImageSegment>
        {
            new ImageSegment { Kind = SegmentKind.Kernel, Lba = 65, Sectors = 8, FileSize = 4096, LoadAddress = 0x100000, MemorySize = 4096 },
            new ImageSegment { Kind = SegmentKind.Symbols, Lba = 72, Sectors = 1, FileSize = 64, LoadAddress = 0x200000, MemorySize = 64 },
        };
        var error = Assert.Throws<ImageToolException>(() => SegmentChecks.Validate(segments));
        Assert.Contains("overlap on disk", error.Message);
    }

    [Fact]
    public void RejectsASegmentBelowOneMiB()
    {
        var segments = new List<ImageSegment>
        {
            new ImageSegment { Kind = SegmentKind.Kernel, Lba = 65, Sectors = 1, FileSize = 16, LoadAddress = 0x8000, MemorySize = 16 },
        };
        var error = Assert.Throws<ImageToolException>(() => SegmentChecks.Validate(segments));
        Assert.Contains("below 1 MiB", error.Message);
    }
}
