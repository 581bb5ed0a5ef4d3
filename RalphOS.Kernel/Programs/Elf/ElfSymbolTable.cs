// ElfSymbolTable: a program's own symbols (.symtab and its string table, which the build
// keeps in the ELF file), so a report about a program names its functions: "crash_Program
// __Main + 0x1A" rather than an address. Read from the section headers; a file without
// them, or with damaged ones, simply has no symbols (symbols are a convenience, never a
// reason to refuse a program). Addresses are relative to the load base. Pure code: the
// kernel's ProgramSymbols uses it for reports and the SymbolAt API call; host tests check it.
using System;
using System.Collections.Generic;

namespace RalphOS.Kernel.Programs.Elf;

internal sealed class ElfSymbolTable
{
    private const int MaxSymbols = 200_000;
    private const int MaxNameLength = 512;
    private const ushort ReservedSectionsStart = 0xFF00; // SHN_LORESERVE: absolute and common symbols

    private struct Symbol
    {
        public ulong Start;
        public ulong Size;
        public int NameOffset;
    }

    private readonly List<Symbol> _symbols = new List<Symbol>();
    private int _stringsOffset;
    private int _stringsSize;

    public int Count => _symbols.Count;

    public static ElfSymbolTable Read(ReadOnlySpan<byte> file)
    {
        var table = new ElfSymbolTable();
        table.Load(file);
        table._symbols.Sort((a, b) => a.Start.CompareTo(b.Start));
        return table;
    }

    private void Load(ReadOnlySpan<byte> file)
    {
        if (file.Length < ElfConstants.HeaderSize)
            return;
        ulong sectionsOffset = ElfImage.U64(file, 40);
        int entrySize = ElfImage.U16(file, 58), count = ElfImage.U16(file, 60);
        if (entrySize != ElfConstants.SectionHeaderSize || sectionsOffset > (ulong)file.Length
            || (ulong)(count * entrySize) > (ulong)file.Length - sectionsOffset)
            return;
        for (int i = 0; i < count; i++)
        {
            int at = (int)sectionsOffset + i * entrySize;
            if (ElfImage.U32(file, at + 4) != ElfConstants.SectionSymbolTable)
                continue;
            uint link = ElfImage.U32(file, at + 40);
            if (link >= count)
                return;
            int stringsAt = (int)sectionsOffset + (int)link * entrySize;
            if (!Within(file, ElfImage.U64(file, stringsAt + 24), ElfImage.U64(file, stringsAt + 32), out _stringsOffset, out _stringsSize))
                return;
            if (!Within(file, ElfImage.U64(file, at + 24), ElfImage.U64(file, at + 32), out int symbolsOffset, out int symbolsSize))
                return;
            ReadSymbols(file, symbolsOffset, Math.Min(symbolsSize / ElfConstants.SymbolSize, MaxSymbols));
            return;
        }
    }

    private void ReadSymbols(ReadOnlySpan<byte> file, int offset, int count)
    {
        for (int i = 0; i < count; i++)
        {
            int at = offset + i * ElfConstants.SymbolSize;
            int type = file[at + 4] & 0xF;
            ushort section = ElfImage.U16(file, at + 6);
            // Untyped symbols too: ILC's MethodTables (_ZTV...) are, and exception reports
            // name types through them.
            if ((type != ElfConstants.SymbolFunction && type != ElfConstants.SymbolObject && type != ElfConstants.SymbolUntyped) || section == 0 || section >= ReservedSectionsStart)
                continue;
            uint nameOffset = ElfImage.U32(file, at);
            if (nameOffset >= (uint)_stringsSize)
                continue;
            _symbols.Add(new Symbol { Start = ElfImage.U64(file, at + 8), Size = ElfImage.U64(file, at + 16), NameOffset = (int)nameOffset });
        }
    }

    // The symbol containing offset (from the load base), or null; start gets where it begins.
    public string Find(ReadOnlySpan<byte> file, ulong offset, out ulong start)
    {
        if (!TryFind(file, offset, out start, out ReadOnlySpan<byte> name))
            return null;
        var characters = new char[name.Length];
        for (int i = 0; i < name.Length; i++)
            characters[i] = (char)name[i];
        return new string(characters);
    }

    // The same without allocating (the kernel's fault reports use it): the name's bytes.
    public bool TryFind(ReadOnlySpan<byte> file, ulong offset, out ulong start, out ReadOnlySpan<byte> name)
    {
        start = 0;
        name = default;
        int low = 0, high = _symbols.Count - 1, found = -1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (_symbols[middle].Start <= offset) { found = middle; low = middle + 1; }
            else high = middle - 1;
        }
        // Sized symbols may nest or sit side by side at one address: look back a little
        // for one that really covers the offset.
        for (int i = found; i >= 0 && i > found - 8; i--)
        {
            Symbol symbol = _symbols[i];
            if (offset < symbol.Start + Math.Max(symbol.Size, 1UL))
            {
                start = symbol.Start;
                name = NameBytes(file, symbol.NameOffset);
                return true;
            }
        }
        return false;
    }

    // Where the named symbol starts (from the load base); false when there is none.
    public bool TryFindAddress(ReadOnlySpan<byte> file, string name, out ulong start)
    {
        foreach (Symbol symbol in _symbols)
        {
            if (NameEquals(file, symbol.NameOffset, name))
            {
                start = symbol.Start;
                return true;
            }
        }
        start = 0;
        return false;
    }

    private bool NameEquals(ReadOnlySpan<byte> file, int nameOffset, string name)
    {
        ReadOnlySpan<byte> strings = file.Slice(_stringsOffset, _stringsSize);
        if (nameOffset + name.Length >= strings.Length || strings[nameOffset + name.Length] != 0)
            return false;
        for (int i = 0; i < name.Length; i++)
        {
            if (strings[nameOffset + i] != name[i])
                return false;
        }
        return true;
    }

    private ReadOnlySpan<byte> NameBytes(ReadOnlySpan<byte> file, int nameOffset)
    {
        ReadOnlySpan<byte> strings = file.Slice(_stringsOffset, _stringsSize);
        int length = 0;
        while (nameOffset + length < strings.Length && strings[nameOffset + length] != 0 && length < MaxNameLength)
            length++;
        return strings.Slice(nameOffset, length);
    }

    private static bool Within(ReadOnlySpan<byte> file, ulong offset, ulong size, out int start, out int length)
    {
        bool fits = offset <= (ulong)file.Length && size <= (ulong)file.Length - offset;
        start = fits ? (int)offset : 0;
        length = fits ? (int)size : 0;
        return fits;
    }
}
