// ImageHeaderTests: the 256-byte header's byte layout, round trip, search and validation.
using System;
using System.Buffers.Binary;
using System.Text;
using RalphOS.Boot.Tests.Fixtures;
using Xunit;

namespace RalphOS.Boot.Tests;

public sealed class ImageHeaderTests
{
    private static ImageHeader Sample()
    {
        var header = new ImageHeader { Flags = ImageFlags.VgaMode13h, Cmdline = "test=panic" };
        header.Segments.Add(new ImageSegment
        {
            Kind = SegmentKind.Kernel, Lba = 65, Sectors = 10, FileSize = 5000,
            LoadAddress = 0x100000, MemorySize = 9000, Crc32 = 0xDEADBEEF,
        });
        header.Segments.Add(new ImageSegment
        {
            Kind = SegmentKind.Symbols, Lba = 75, Sectors = 1, FileSize = 100,
            LoadAddress = 0x103000, MemorySize = 100, Crc32 = 0x12345678,
        });
        return header;
    }

    [Fact]
    public void RoundTripKeepsEveryField()
    {
        var bytes = new byte[ImageHeader.Size];
        Sample().WriteTo(bytes);
        ImageHeader read = ImageHeader.ReadFrom(bytes);
        Assert.Equal(ImageFlags.VgaMode13h, read.Flags);
        Assert.Equal("test=panic", read.Cmdline);
        Assert.Equal(2, read.Segments.Count);
        ImageSegment kernel = read.Segments[0];
        Assert.Equal((SegmentKind.Kernel, 65u, 10u, 5000u), (kernel.Kind, kernel.Lba, kernel.Sectors, kernel.FileSize));
        Assert.Equal((0x100000ul, 9000u, 0xDEADBEEFu), (kernel.LoadAddress, kernel.MemorySize, kernel.Crc32));
        Assert.Equal(0x103000ul, read.Segments[1].LoadAddress);
    }

    [Fact]
    public void WritesTheContractOffsets()
    {
        var bytes = new byte[ImageHeader.Size];
        Sample().WriteTo(bytes);
        Assert.Equal("RALPHOS\0", Encoding.ASCII.GetString(bytes, 0, 8));
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)));
        Assert.Equal(256, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(10)));
        Assert.Equal(1u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(12)));
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(16)));
        // second segment record starts at 24 + 32; its load_addr at +16, crc at +28
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(56)));
        Assert.Equal(0x103000ul, BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(56 + 16)));
        Assert.Equal(0x12345678u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(56 + 28)));
        Assert.Equal("test=panic", Encoding.ASCII.GetString(bytes, 152, 10));
        Assert.Equal(0, bytes[162]);
    }

    [Fact]
    public void FindLocatesTheMagicOnA16ByteBoundaryOnly()
    {
        var area = new byte[2048];
        Sample().WriteTo(area.AsSpan(0x230));
        Assert.Equal(0x230, ImageHeader.Find(area));

        var misaligned = new byte[2048];
        Sample().WriteTo(misaligned.AsSpan(0x231));
        Assert.Equal(-1, ImageHeader.Find(misaligned));
    }

    [Fact]
    public void BuiltStage2CarriesAnEmptyVersion1Header()
    {
        byte[] stage2 = TestImages.Stage2;
        int offset = ImageHeader.Find(stage2);
        Assert.True(offset >= 0);
        Assert.Equal(0, offset % 16);
        ImageHeader header = ImageHeader.ReadFrom(stage2.AsSpan(offset));
        Assert.Empty(header.Segments);
        Assert.Equal("", header.Cmdline);
    }

    [Fact]
    public void RejectsAnotherVersion()
    {
        var bytes = new byte[ImageHeader.Size];
        Sample().WriteTo(bytes);
        bytes[8] = 2;
        var error = Assert.Throws<ImageToolException>(() => ImageHeader.ReadFrom(bytes));
        Assert.Contains("version 2", error.Message);
    }

    [Theory]
    [InlineData(104)]
    [InlineData(200)]
    public void RejectsACmdlineWithoutRoomForItsTerminator(int length)
    {
        var header = new ImageHeader { Cmdline = new string('x', length) };
        Assert.Throws<ImageToolException>(() => header.WriteTo(new byte[ImageHeader.Size]));
    }

    [Fact]
    public void AcceptsTheLongestCmdline()
    {
        var bytes = new byte[ImageHeader.Size];
        new ImageHeader { Cmdline = new string('y', ImageHeader.MaxCmdlineLength) }.WriteTo(bytes);
        Assert.Equal(ImageHeader.MaxCmdlineLength, ImageHeader.ReadFrom(bytes).Cmdline.Length);
        Assert.Equal(0, bytes[255]);
    }

    [Fact]
    public void RejectsNonAsciiCmdline()
    {
        Assert.Throws<ImageToolException>(() => ImageHeader.ValidateCmdline("caf\u00e9"));
        Assert.Throws<ImageToolException>(() => ImageHeader.ValidateCmdline("two\nlines"));
    }
}
