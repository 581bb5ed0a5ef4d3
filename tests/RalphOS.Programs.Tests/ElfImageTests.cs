// ElfImageTests: the loader's reader and placement on ELF files made here (TestElfBuilder):
// a good file loads at any base with its relocations applied and its .bss zeroed; every
// kind of malformed or hostile file is refused with a message saying what is wrong.
using System;
using System.Buffers.Binary;
using RalphOS.Kernel.Programs.Elf;
using Xunit;

namespace RalphOS.Programs.Tests;

public class ElfImageTests
{
    private static string Refusal(TestElfBuilder builder) => Refusal(builder.Build());

    private static string Refusal(byte[] file)
    {
        ElfImage image = ElfImage.Parse(file, out string error);
        Assert.Null(image);
        Assert.NotNull(error);
        return error;
    }

    [Fact]
    public void GoodFileParses()
    {
        ElfImage image = ElfImage.Parse(new TestElfBuilder().Build(), out string error);
        Assert.Null(error);
        Assert.Equal(2, image.Segments.Count);
        Assert.Equal((ulong)TestElfBuilder.CodeAddress + 8, image.Entry);
        Assert.Equal(1u, image.ApiVersion);
        Assert.Equal(2, image.RelocationCount);
        // The data segment with its .bss ends past 0x3000: the image is whole pages.
        Assert.Equal(0x4000UL, image.ImageSize);
    }

    [Theory]
    [InlineData(0x10000)]
    [InlineData(0x7F3000)]
    public void PlacesSegmentsZeroesBssAndRelocatesForTheBase(ulong loadBase)
    {
        byte[] file = new TestElfBuilder().Build();
        ElfImage image = ElfImage.Parse(file, out _);
        byte[] memory = new byte[image.ImageSize];
        Array.Fill(memory, (byte)0xCC);
        ElfLoader.Place(file, image, memory, loadBase);
        Assert.Equal(0x90, memory[TestElfBuilder.CodeAddress]);
        Assert.Equal(0x91, memory[TestElfBuilder.CodeAddress + 1]);
        Assert.Equal(0, memory[0]);                                   // below the first segment
        Assert.Equal(0, memory[TestElfBuilder.CodeAddress + TestElfBuilder.CodeSize]); // a gap
        Assert.Equal(0xA0 + 16, memory[TestElfBuilder.DataAddress + 16]);
        Assert.Equal(0, memory[image.ImageSize - 1]);                 // .bss
        Assert.Equal(loadBase + TestElfBuilder.CodeAddress + 4, BinaryPrimitives.ReadUInt64LittleEndian(memory.AsSpan(TestElfBuilder.DataAddress)));
        Assert.Equal(loadBase + TestElfBuilder.DataAddress + 16, BinaryPrimitives.ReadUInt64LittleEndian(memory.AsSpan(TestElfBuilder.DataAddress + 8)));
    }

    [Fact]
    public void RefusesTruncatedFiles()
    {
        byte[] file = new TestElfBuilder().Build();
        Assert.Contains("truncated", Refusal(file.AsSpan(0, 40).ToArray()));
        Assert.Contains("truncated", Refusal(file.AsSpan(0, 0x1010).ToArray()));
        Assert.Contains("truncated", Refusal(file.AsSpan(0, 100).ToArray()));
    }

    [Fact]
    public void RefusesBadMagicClassMachineAndType()
    {
        byte[] file = new TestElfBuilder().Build();
        file[1] = (byte)'X';
        Assert.Contains("bad magic", Refusal(file));
        Assert.Contains("64-bit", Refusal(new TestElfBuilder { Class = 1 }));
        Assert.Contains("x86-64", Refusal(new TestElfBuilder { Machine = 3 }));
        Assert.Contains("position-independent", Refusal(new TestElfBuilder { Type = 2 }));
    }

    [Fact]
    public void RefusesOverlappingSegments()
    {
        Assert.Contains("overlap", Refusal(new TestElfBuilder { DataVirtualAddress = TestElfBuilder.CodeAddress + 16 }));
    }

    [Fact]
    public void RefusesHugeSegments()
    {
        Assert.Contains("too large", Refusal(new TestElfBuilder { DataMemorySize = 1UL << 40 }));
        Assert.Contains("too large", Refusal(new TestElfBuilder { DataMemorySize = ulong.MaxValue - 0x1000 }));
        Assert.Contains("too large", Refusal(new TestElfBuilder { DataVirtualAddress = ulong.MaxValue - 0x10 }));
    }

    [Fact]
    public void RefusesSegmentsPastTheEndOfTheFile()
    {
        Assert.Contains("truncated", Refusal(new TestElfBuilder { CodeFileSizeOverride = 0x100000 }));
    }

    [Fact]
    public void RefusesAnEntryOutsideTheCode()
    {
        Assert.Contains("entry point", Refusal(new TestElfBuilder { Entry = TestElfBuilder.DataAddress }));
        Assert.Contains("entry point", Refusal(new TestElfBuilder { Entry = 0x123456789 }));
    }

    [Fact]
    public void RefusesBadRelocations()
    {
        var wrongType = new TestElfBuilder();
        wrongType.Relocations.Add((TestElfBuilder.DataAddress + 24, 1, 0)); // R_X86_64_64 needs symbols
        Assert.Contains("only R_X86_64_RELATIVE", Refusal(wrongType));
        var outside = new TestElfBuilder();
        outside.Relocations.Add((0x4000 - 4, 8, 0));
        Assert.Contains("outside the image", Refusal(outside));
        var far = new TestElfBuilder();
        far.Relocations.Add((ulong.MaxValue - 2, 8, 0));
        Assert.Contains("outside the image", Refusal(far));
    }

    [Fact]
    public void RefusesDynamicLinking()
    {
        Assert.Contains("dynamic linker", Refusal(new TestElfBuilder { WithInterpreter = true }));
        Assert.Contains("shared library", Refusal(new TestElfBuilder { WithNeeded = true }));
    }

    [Fact]
    public void AFileWithoutTheNoteHasApiVersionZero()
    {
        ElfImage image = ElfImage.Parse(new TestElfBuilder { WithNote = false }.Build(), out string error);
        Assert.Null(error);
        Assert.Equal(0u, image.ApiVersion);
        Assert.Equal(7u, ElfImage.Parse(new TestElfBuilder { ApiVersion = 7 }.Build(), out _).ApiVersion);
    }

    // Every prefix and thousands of single-byte corruptions: refused or parsed, never a crash,
    // and whatever parses places inside its memory.
    [Fact]
    public void CorruptedFilesNeverThrow()
    {
        byte[] good = new TestElfBuilder().Build();
        for (int length = 0; length < 0x400; length += 7)
            ElfImage.Parse(good.AsSpan(0, length), out _);
        var random = new Random(15);
        for (int round = 0; round < 5000; round++)
        {
            byte[] file = (byte[])good.Clone();
            for (int flips = random.Next(1, 4); flips > 0; flips--)
                file[random.Next(0, 0x400)] = (byte)random.Next(256);
            ElfImage image = ElfImage.Parse(file, out string error);
            if (image != null)
                ElfLoader.Place(file, image, new byte[image.ImageSize], 0x100000);
            else
                Assert.False(string.IsNullOrEmpty(error));
        }
    }
}
