// ElfReaderTests: reading tests/fixtures/tiny.asm (assembled and linked by the test) and
// rejecting files that are not 64-bit x86_64 ELF or are cut short.
using System;
using System.Linq;
using RalphOS.Boot.Tests.Fixtures;
using Xunit;

namespace RalphOS.Boot.Tests;

public sealed class ElfReaderTests
{
    [Fact]
    public void ReadsEntryAndLoadSegments()
    {
        ElfFile elf = TestKernel.Tiny.Elf;
        Assert.Equal(0x100000ul, elf.Entry);
        ElfProgramHeader[] loads = elf.ProgramHeaders.Where(program => program.IsLoad).ToArray();
        Assert.Equal(2, loads.Length);
        Assert.Equal(0x100000ul, loads[0].PhysicalAddress);
        Assert.Equal(0ul, loads[1].FileSize);           // the .bss segment
        Assert.Equal(0x1004ul, loads[1].MemorySize);
    }

    [Fact]
    public void KernelPlacementSpansCodeAndBss()
    {
        TestKernel tiny = TestKernel.Tiny;
        KernelPlacement placement = KernelPlacement.From(tiny.Elf, tiny.Binary.Length);
        Assert.Equal(0x100000ul, placement.LoadAddress);
        Assert.Equal(0x2004u, placement.MemorySize);    // .bss ends at 0x102004
        Assert.True(tiny.Binary.Length < 0x1000);
    }

    [Fact]
    public void ReadsSymbolsWithTypesAndSizes()
    {
        ElfFile elf = TestKernel.Tiny.Elf;
        ElfSymbol helper = elf.Symbols.Single(symbol => symbol.Name == "helper");
        Assert.Equal(ElfSymbolType.Function, helper.Type);
        Assert.Equal(0x100010ul, helper.Address);
        Assert.Equal(17ul, helper.Size);
        ElfSymbol counter = elf.Symbols.Single(symbol => symbol.Name == "counter");
        Assert.Equal(ElfSymbolType.Object, counter.Type);
        Assert.Equal(4ul, counter.Size);
        Assert.Equal(ElfSymbolType.NoType, elf.Symbols.Single(symbol => symbol.Name == "local_label_without_type").Type);
    }

    [Fact]
    public void RejectsAFileThatIsNotElf()
    {
        var error = Assert.Throws<ImageToolException>(() => ElfReader.Read(new byte[100], "kernel.elf"));
        Assert.Contains("not an ELF", error.Message);
    }

    [Fact]
    public void RejectsA32BitElf()
    {
        byte[] bytes = TestKernel.Tiny.ElfBytes;
        bytes[4] = 1;                                   // ELFCLASS32
        var error = Assert.Throws<ImageToolException>(() => ElfReader.Read(bytes, "kernel.elf"));
        Assert.Contains("64-bit", error.Message);
    }

    [Fact]
    public void RejectsATruncatedElf()
    {
        byte[] bytes = TestKernel.Tiny.ElfBytes;
        var error = Assert.Throws<ImageToolException>(() => ElfReader.Read(bytes.AsSpan(0, 600).ToArray(), "kernel.elf"));
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void RejectsAnEntryPointThatIsNotTheLoadAddress()
    {
        var elf = new ElfFile { Entry = 0x100040 };
        elf.ProgramHeaders.Add(new ElfProgramHeader
        {
            Type = ElfProgramHeader.TypeLoad, PhysicalAddress = 0x100000, VirtualAddress = 0x100000,
            FileSize = 0x100, MemorySize = 0x100,
        });
        var error = Assert.Throws<ImageToolException>(() => KernelPlacement.From(elf, 0x100));
        Assert.Contains("entry point", error.Message);
    }

    [Fact]
    public void RejectsABinaryLargerThanTheElfSpan()
    {
        TestKernel tiny = TestKernel.Tiny;
        var error = Assert.Throws<ImageToolException>(() => KernelPlacement.From(tiny.Elf, 0x3000));
        Assert.Contains("same link", error.Message);
    }
}
