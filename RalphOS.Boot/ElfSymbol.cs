// ElfSymbol: one entry of an ELF64 .symtab, with its name resolved.
namespace RalphOS.Boot;

public sealed class ElfSymbol
{
    public string Name { get; init; } = "";
    public ulong Address { get; init; }
    public ulong Size { get; init; }
    public ElfSymbolType Type { get; init; }
}
