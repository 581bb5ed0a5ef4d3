// SymbolTableTests: which ELF symbols reach the RSYM segment and its exact byte layout.
using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using RalphOS.Boot.Tests.Fixtures;
using Xunit;

namespace RalphOS.Boot.Tests;

public sealed class SymbolTableTests
{
    [Fact]
    public void KeepsFunctionsAndObjectsWithAddressesInAddressOrder()
    {
        List<SymbolEntry> entries = SymbolTable.Parse(SymbolTable.Build(TestKernel.Tiny.Elf.Symbols));
        Assert.Equal(new[] { "_start", "helper", "greeting", "counter" }, entries.Select(entry => entry.Name));
        Assert.Equal(new ulong[] { 0x100000, 0x100010, 0x100028, 0x101000 }, entries.Select(entry => entry.Address));
        Assert.Equal(17u, entries[1].Size);
        Assert.Equal(6u, entries[2].Size);
    }

    [Fact]
    public void LayoutMatchesTheContract()
    {
        var symbols = new List<ElfSymbol>
        {
            new ElfSymbol { Name = "second", Address = 0x2000, Size = 8, Type = ElfSymbolType.Object },
            new ElfSymbol { Name = "first", Address = 0x1000, Size = 0x1_0000_0000, Type = ElfSymbolType.Function },
        };
        byte[] segment = SymbolTable.Build(symbols);
        Span<byte> span = segment;
        Assert.Equal("RSYM", Encoding.ASCII.GetString(segment, 0, 4));
        Assert.Equal(0x4D595352u, BinaryPrimitives.ReadUInt32LittleEndian(span));
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(4)));
        uint strings = BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(8));
        Assert.Equal(16u + 2 * 16, strings);
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(12)));
        // entry 0: "first" at 0x1000, size clamped to u32, name at strings + 0
        Assert.Equal(0x1000ul, BinaryPrimitives.ReadUInt64LittleEndian(span.Slice(16)));
        Assert.Equal(uint.MaxValue, BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(24)));
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(28)));
        // entry 1: "second", name after "first\0"
        Assert.Equal(0x2000ul, BinaryPrimitives.ReadUInt64LittleEndian(span.Slice(32)));
        Assert.Equal(6u, BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(44)));
        Assert.Equal("first\0second\0", Encoding.ASCII.GetString(segment, (int)strings, segment.Length - (int)strings));
    }

    // ILC's MethodTable symbols have no type and no size; they are kept (panics name types
    // by them), other untyped symbols are not.
    [Fact]
    public void KeepsUntypedMethodTableSymbolsOnly()
    {
        var symbols = new List<ElfSymbol>
        {
            new ElfSymbol { Name = "_ZTV6String", Address = 0x3000, Type = ElfSymbolType.NoType },
            new ElfSymbol { Name = "__label", Address = 0x3008, Type = ElfSymbolType.NoType },
            new ElfSymbol { Name = "run", Address = 0x1000, Size = 4, Type = ElfSymbolType.Function },
        };
        List<SymbolEntry> entries = SymbolTable.Select(symbols);
        Assert.Equal(new[] { "run", "_ZTV6String" }, entries.Select(entry => entry.Name));
        Assert.Equal(0u, entries[1].Size);
    }

    [Fact]
    public void EqualAddressesAreOrderedByName()
    {
        var symbols = new List<ElfSymbol>
        {
            new ElfSymbol { Name = "zeta", Address = 0x500, Type = ElfSymbolType.Function },
            new ElfSymbol { Name = "alpha", Address = 0x500, Type = ElfSymbolType.Function },
        };
        Assert.Equal(new[] { "alpha", "zeta" }, SymbolTable.Select(symbols).Select(entry => entry.Name));
    }

    [Fact]
    public void DropsZeroAddressesOtherTypesAndNamelessSymbols()
    {
        var symbols = new List<ElfSymbol>
        {
            new ElfSymbol { Name = "at_zero", Address = 0, Type = ElfSymbolType.Function },
            new ElfSymbol { Name = "label", Address = 0x10, Type = ElfSymbolType.NoType },
            new ElfSymbol { Name = "file.c", Address = 0x10, Type = ElfSymbolType.File },
            new ElfSymbol { Name = "", Address = 0x10, Type = ElfSymbolType.Object },
        };
        Assert.Empty(SymbolTable.Select(symbols));
        Assert.Empty(SymbolTable.Parse(SymbolTable.Build(symbols)));
    }

    [Fact]
    public void ParseRejectsAForeignSegment()
    {
        Assert.Throws<ImageToolException>(() => SymbolTable.Parse(new byte[32]));
    }
}
