// BuiltProgramTests: the loader's reader, placement and symbols on the real programs the
// build produces (build/programs/*.elf, made by ./run.sh build or ./run.sh programs): they
// parse, carry the current API version, load at any base with only RELATIVE relocations,
// and name their entry point and the exception entry the kernel's fault handler uses.
using System;
using System.Collections.Generic;
using System.IO;
using RalphOS.Kernel.Programs.Elf;
using Xunit;

namespace RalphOS.Programs.Tests;

public class BuiltProgramTests
{
    private static string ProgramsDirectory
    {
        get
        {
            string dir = AppContext.BaseDirectory;
            while (dir != null && !File.Exists(Path.Combine(dir, "RalphOS.sln")))
                dir = Path.GetDirectoryName(dir);
            Assert.NotNull(dir);
            return Path.Combine(dir, "build", "programs");
        }
    }

    public static IEnumerable<object[]> Programs()
    {
        yield return new object[] { "hello" };
        yield return new object[] { "crash" };
        yield return new object[] { "files" };
        yield return new object[] { "top" };
        yield return new object[] { "upper" };
    }

    private static byte[] Read(string name)
    {
        string path = Path.Combine(ProgramsDirectory, name + ".elf");
        Assert.True(File.Exists(path), $"{path} is missing: run ./run.sh build");
        return File.ReadAllBytes(path);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void ParsesWithTheCurrentApiVersion(string name)
    {
        byte[] file = Read(name);
        ElfImage image = ElfImage.Parse(file, out string error);
        Assert.Null(error);
        Assert.Equal(2u, image.ApiVersion);
        Assert.True(image.RelocationCount > 0);
        Assert.InRange(image.ImageSize, 0x1000UL, ElfImage.MaxImageSize);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void RelocatesConsistentlyAtTwoBases(string name)
    {
        byte[] file = Read(name);
        ElfImage image = ElfImage.Parse(file, out _);
        byte[] low = new byte[image.ImageSize], high = new byte[image.ImageSize];
        const ulong lowBase = 0x400000, highBase = 0x12345000;
        ElfLoader.Place(file, image, low, lowBase);
        ElfLoader.Place(file, image, high, highBase);
        var relocated = new bool[low.Length];
        for (int r = 0; r < image.RelocationCount; r++)
        {
            int target = (int)BitConverter.ToUInt64(file, (int)image.RelocationOffset + r * 24);
            Assert.Equal(highBase - lowBase, BitConverter.ToUInt64(high, target) - BitConverter.ToUInt64(low, target));
            for (int k = 0; k < 8; k++)
                relocated[target + k] = true;
        }
        for (int i = 0; i < low.Length; i++)
        {
            if (!relocated[i] && low[i] != high[i])
                Assert.Fail($"byte 0x{i:X} differs between the two bases but no relocation covers it");
        }
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void NamesTheEntryPointAndTheFaultEntry(string name)
    {
        byte[] file = Read(name);
        ElfImage image = ElfImage.Parse(file, out _);
        ElfSymbolTable symbols = ElfSymbolTable.Read(file);
        Assert.True(symbols.Count > 100);
        // The exported name and ILC's own name of the method are aliases at one address.
        Assert.Contains(symbols.Find(file, image.Entry, out ulong start), new[] { "ralph_program_main", $"{name}_RalphOS_Programs_ProgramEntry__Start" });
        Assert.True(symbols.TryFindAddress(file, "ralph_program_main", out ulong exported));
        Assert.Equal(image.Entry, exported);
        Assert.Equal(image.Entry, start);
        Assert.True(symbols.TryFindAddress(file, "ralph_throw_from_fault", out ulong fault));
        Assert.Equal("ralph_throw_from_fault", symbols.Find(file, fault + 1, out _));
        Assert.False(symbols.TryFindAddress(file, "no_such_symbol", out _));
    }

    // Exception reports name a type through its MethodTable's (untyped) symbol.
    [Fact]
    public void NamesMethodTables()
    {
        byte[] file = Read("crash");
        ElfSymbolTable symbols = ElfSymbolTable.Read(file);
        const string divide = "_ZTV40S_P_CoreLib_System_DivideByZeroException";
        Assert.True(symbols.TryFindAddress(file, divide, out ulong methodTable));
        Assert.Equal(divide, symbols.Find(file, methodTable, out ulong start));
        Assert.Equal(methodTable, start);
    }
}
