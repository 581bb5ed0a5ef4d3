// ImageBuilder: lays out and writes a bootable Ralph OS disk image.
//
// Interface: ImageBuilder.Build(ImageBuildInput) -> image bytes, or ImageToolException.
// Disk: LBA 0 stage1, LBA 1..64 stage2 (padded, with the header filled in), then the
// kernel, symbols and optional files segments, each from a sector boundary; the image is a
// whole number of sectors. Memory: the kernel at its ELF load address, the symbols at the
// 4 KiB-aligned end of the kernel's memory size (.bss included), the files after them.
// Called by BuildCommand and the tests.
using System;
using System.Collections.Generic;

namespace RalphOS.Boot;

public static class ImageBuilder
{
    public static byte[] Build(ImageBuildInput input)
    {
        CheckStage1(input.Stage1);
        int headerOffset = FindStage2Header(input.Stage2);
        ImageHeader.ValidateCmdline(input.Cmdline ?? "");

        var header = new ImageHeader { Flags = input.Flags, Cmdline = input.Cmdline ?? "" };
        var payloads = new List<byte[]>();
        uint nextLba = BootLayout.SegmentsFirstLba;

        KernelPlacement kernel = KernelPlacement.From(input.KernelElf, input.KernelBinary.Length);
        AddSegment(header, payloads, SegmentKind.Kernel, input.KernelBinary, kernel.LoadAddress, kernel.MemorySize, ref nextLba);

        byte[] symbols = SymbolTable.Build(input.KernelElf.Symbols);
        ulong symbolsAddress = BootLayout.AlignUp(header.Segments[0].MemoryEnd, BootLayout.PageSize);
        AddSegment(header, payloads, SegmentKind.Symbols, symbols, symbolsAddress, (uint)symbols.Length, ref nextLba);

        if (input.Files != null)
        {
            ulong filesAddress = BootLayout.AlignUp(header.Segments[1].MemoryEnd, BootLayout.PageSize);
            AddSegment(header, payloads, SegmentKind.Files, input.Files, filesAddress, (uint)input.Files.Length, ref nextLba);
        }
        SegmentChecks.Validate(header.Segments);

        var image = new byte[(long)nextLba * BootLayout.SectorSize];
        input.Stage1.CopyTo(image, 0);
        input.Stage2.CopyTo(image, BootLayout.Stage2FirstLba * BootLayout.SectorSize);
        header.WriteTo(image.AsSpan(BootLayout.Stage2FirstLba * BootLayout.SectorSize + headerOffset));
        for (int index = 0; index < payloads.Count; index++)
        {
            payloads[index].CopyTo(image, (long)header.Segments[index].Lba * BootLayout.SectorSize);
        }
        return image;
    }

    public static void CheckStage1(byte[] stage1)
    {
        if (stage1.Length != BootLayout.Stage1Bytes)
        {
            throw new ImageToolException($"stage1 must be exactly {BootLayout.Stage1Bytes} bytes, it is {stage1.Length}");
        }
        if (stage1[BootLayout.BootSignatureOffset] != 0x55 || stage1[BootLayout.BootSignatureOffset + 1] != 0xAA)
        {
            throw new ImageToolException("stage1 lacks the 0x55 0xAA boot signature at offset 510");
        }
    }

    /// <summary>Checks stage2's size and returns the offset of its image header.</summary>
    public static int FindStage2Header(byte[] stage2)
    {
        if (stage2.Length > BootLayout.Stage2MaxBytes)
        {
            throw new ImageToolException($"stage2 is {stage2.Length} bytes, more than its {BootLayout.Stage2MaxBytes} (64 sectors)");
        }
        int offset = ImageHeader.Find(stage2);
        if (offset < 0)
        {
            throw new ImageToolException("stage2 has no RALPHOS image header (is it the Ralph OS stage2.bin?)");
        }
        return offset;
    }

    private static void AddSegment(ImageHeader header, List<byte[]> payloads, SegmentKind kind, byte[] bytes,
        ulong loadAddress, uint memorySize, ref uint nextLba)
    {
        if (header.Segments.Count == ImageHeader.MaxSegments)
        {
            throw new ImageToolException($"an image holds at most {ImageHeader.MaxSegments} segments");
        }
        if ((ulong)bytes.LongLength > uint.MaxValue)
        {
            throw new ImageToolException($"the {kind} segment is larger than 4 GiB");
        }
        uint sectors = BootLayout.SectorsFor(bytes.LongLength);
        header.Segments.Add(new ImageSegment
        {
            Kind = kind,
            Lba = nextLba,
            Sectors = sectors,
            FileSize = (uint)bytes.Length,
            LoadAddress = loadAddress,
            MemorySize = memorySize,
            Crc32 = Crc32.Compute(bytes),
        });
        payloads.Add(bytes);
        nextLba = checked(nextLba + sectors);
    }
}
