// SymbolEntry: one symbol of the RSYM symbols segment (address, size, name).
namespace RalphOS.Boot;

public readonly record struct SymbolEntry(ulong Address, uint Size, string Name);
