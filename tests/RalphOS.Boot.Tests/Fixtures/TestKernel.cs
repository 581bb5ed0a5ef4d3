// TestKernel: a NASM kernel built for a test: its ELF, its flat binary and the parsed ELF.
//
// BuildBootcheck() assembles tests/fixtures/bootcheck.asm (optionally embedding a payload
// file), links it with bootcheck.ld at 1 MiB and flattens it; the plain variant is built
// once per test run and shared. BuildTiny() does the same for tiny.asm (ELF reader tests).
using System;
using System.Collections.Generic;
using System.IO;
using RalphOS.TestHarness;

namespace RalphOS.Boot.Tests.Fixtures;

public sealed class TestKernel
{
    private static readonly Lazy<TestKernel> _bootcheck = new Lazy<TestKernel>(() => Build("bootcheck", "bootcheck.asm", null));
    private static readonly Lazy<TestKernel> _tiny = new Lazy<TestKernel>(() => Build("tiny", "tiny.asm", null));

    public string ElfPath { get; private init; }
    public string BinaryPath { get; private init; }
    public byte[] ElfBytes => File.ReadAllBytes(ElfPath);
    public byte[] Binary => File.ReadAllBytes(BinaryPath);
    public ElfFile Elf => ElfReader.Read(ElfBytes, ElfPath);

    public static TestKernel Bootcheck => _bootcheck.Value;
    public static TestKernel Tiny => _tiny.Value;

    /// <summary>bootcheck with the given file embedded in its .payload section.</summary>
    public static TestKernel BootcheckWithPayload(string payloadPath) =>
        Build("bootcheck-payload", "bootcheck.asm", $"PAYLOAD=\"{payloadPath}\"");

    private static TestKernel Build(string name, string source, string define)
    {
        string work = Toolchain.NewWorkDirectory(name);
        string objectFile = Path.Combine(work, name + ".o");
        string elf = Path.Combine(work, name + ".elf");
        string binary = Path.Combine(work, name + ".bin");
        var defines = new List<string>();
        if (define != null)
        {
            defines.Add(define);
        }
        Toolchain.AssembleElf(Path.Combine(RepoPaths.FixturesDirectory, source), objectFile,
            new[] { RepoPaths.BootDirectory, RepoPaths.FixturesDirectory }, defines);
        Toolchain.Link(objectFile, Path.Combine(RepoPaths.FixturesDirectory, "bootcheck.ld"), elf);
        Toolchain.Flatten(elf, binary);
        return new TestKernel { ElfPath = elf, BinaryPath = binary };
    }
}
