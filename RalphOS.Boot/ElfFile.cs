// ElfFile: what ElfReader extracted from a linked kernel: entry point, program headers and
// symbols. ImageBuilder derives the kernel segment's load address and memory size from the
// PT_LOAD headers and the symbols segment from Symbols.
using System.Collections.Generic;

namespace RalphOS.Boot;

public sealed class ElfFile
{
    public ulong Entry { get; init; }
    public List<ElfProgramHeader> ProgramHeaders { get; } = new List<ElfProgramHeader>();
    public List<ElfSymbol> Symbols { get; } = new List<ElfSymbol>();
}
