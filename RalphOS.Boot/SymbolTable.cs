// SymbolTable: builds and parses the symbols segment ("RSYM") the kernel uses to name
// addresses in panics and stack traces.
//
// Format (little-endian): u32 magic 0x4D595352 ("RSYM" in memory), u32 count,
// u32 strings_offset (from the segment start), u32 reserved; then count entries of 16 bytes
// {u64 address, u32 size, u32 name_offset} in ascending address order (name_offset counts
// from strings_offset); then the NUL-terminated names. Entries come from the ELF's FUNC and
// OBJECT symbols with a nonzero address; equal addresses are ordered by name so the output
// is deterministic. Called by ImageBuilder; Parse serves `show` and the tests.
using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;

namespace RalphOS.Boot;

public static class SymbolTable
{
    public const uint Magic = 0x4D595352;
    public const int HeaderBytes = 16;
    public const int EntryBytes = 16;

    // ILC names a type's MethodTable _ZTV<length><name> and gives the symbol neither a type
    // nor a size; kept so that panics can name types (an invalid cast names both).
    private const string MethodTablePrefix = "_ZTV";

    private static bool IsMethodTable(ElfSymbol symbol) =>
        symbol.Type == ElfSymbolType.NoType && symbol.Name.StartsWith(MethodTablePrefix, StringComparison.Ordinal);

    public static List<SymbolEntry> Select(IReadOnlyList<ElfSymbol> symbols)
    {
        var selected = new List<SymbolEntry>();
        foreach (ElfSymbol symbol in symbols)
        {
            bool wanted = symbol.Type == ElfSymbolType.Function || symbol.Type == ElfSymbolType.Object
                || IsMethodTable(symbol);
            if (wanted && symbol.Address != 0 && symbol.Name.Length > 0)
            {
                uint size = symbol.Size > uint.MaxValue ? uint.MaxValue : (uint)symbol.Size;
                selected.Add(new SymbolEntry(symbol.Address, size, symbol.Name));
            }
        }
        selected.Sort((left, right) =>
        {
            int byAddress = left.Address.CompareTo(right.Address);
            return byAddress != 0 ? byAddress : string.CompareOrdinal(left.Name, right.Name);
        });
        return selected;
    }

    public static byte[] Build(IReadOnlyList<ElfSymbol> symbols)
    {
        List<SymbolEntry> entries = Select(symbols);
        int stringsOffset = HeaderBytes + entries.Count * EntryBytes;
        var names = new List<byte>();
        var nameOffsets = new int[entries.Count];
        for (int index = 0; index < entries.Count; index++)
        {
            nameOffsets[index] = names.Count;
            names.AddRange(Encoding.ASCII.GetBytes(entries[index].Name));
            names.Add(0);
        }
        var segment = new byte[stringsOffset + names.Count];
        Span<byte> span = segment;
        BinaryPrimitives.WriteUInt32LittleEndian(span, Magic);
        BinaryPrimitives.WriteUInt32LittleEndian(span.Slice(4), (uint)entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(span.Slice(8), (uint)stringsOffset);
        for (int index = 0; index < entries.Count; index++)
        {
            Span<byte> entry = span.Slice(HeaderBytes + index * EntryBytes);
            BinaryPrimitives.WriteUInt64LittleEndian(entry, entries[index].Address);
            BinaryPrimitives.WriteUInt32LittleEndian(entry.Slice(8), entries[index].Size);
            BinaryPrimitives.WriteUInt32LittleEndian(entry.Slice(12), (uint)nameOffsets[index]);
        }
        names.CopyTo(segment, stringsOffset);
        return segment;
    }

    public static List<SymbolEntry> Parse(ReadOnlySpan<byte> segment)
    {
        if (segment.Length < HeaderBytes || BinaryPrimitives.ReadUInt32LittleEndian(segment) != Magic)
        {
            throw new ImageToolException("symbols segment has no RSYM header");
        }
        uint count = BinaryPrimitives.ReadUInt32LittleEndian(segment.Slice(4));
        uint stringsOffset = BinaryPrimitives.ReadUInt32LittleEndian(segment.Slice(8));
        if (stringsOffset < HeaderBytes || stringsOffset > segment.Length || count > (stringsOffset - HeaderBytes) / EntryBytes)
        {
            throw new ImageToolException("symbols segment is truncated");
        }
        var entries = new List<SymbolEntry>((int)count);
        ReadOnlySpan<byte> strings = segment.Slice((int)stringsOffset);
        for (int index = 0; index < count; index++)
        {
            ReadOnlySpan<byte> entry = segment.Slice(HeaderBytes + index * EntryBytes);
            uint nameOffset = BinaryPrimitives.ReadUInt32LittleEndian(entry.Slice(12));
            ReadOnlySpan<byte> name = nameOffset < strings.Length ? strings.Slice((int)nameOffset) : ReadOnlySpan<byte>.Empty;
            int end = name.IndexOf((byte)0);
            entries.Add(new SymbolEntry(
                BinaryPrimitives.ReadUInt64LittleEndian(entry),
                BinaryPrimitives.ReadUInt32LittleEndian(entry.Slice(8)),
                Encoding.ASCII.GetString(end < 0 ? name : name.Slice(0, end))));
        }
        return entries;
    }
}
