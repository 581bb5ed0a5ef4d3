// SymbolTable: maps code and data addresses to symbol names, for backtraces and panic
// messages. The image tool extracts the linked kernel's ELF symbols into a segment that
// stage 2 loads beside the kernel; format (RalphOS.Boot/SymbolTableWriter.cs):
//   u32 magic "RSYM", u32 count, u32 stringsOffset, u32 reserved,
//   count x { u64 address, u32 size, u32 nameOffset } sorted by address, then the names.
using System.Runtime.InteropServices;

namespace RalphOS.Kernel.Diagnostics;

internal static unsafe class SymbolTable
{
    private const uint Magic = 0x4D595352; // "RSYM"

    [StructLayout(LayoutKind.Sequential)]
    private struct Entry
    {
        public ulong Address;
        public uint Size;
        public uint NameOffset;
    }

    private static Entry* _entries;
    private static uint _count;
    private static byte* _names;

    public static uint Count => _count;

    // Returns false when the segment is missing or malformed (backtraces then show addresses only).
    public static bool Load(byte* segment, uint segmentSize)
    {
        if (segment == null || segmentSize < 16 || *(uint*)segment != Magic)
            return false;
        uint count = *(uint*)(segment + 4);
        uint stringsOffset = *(uint*)(segment + 8);
        if (16 + (ulong)count * 16 > stringsOffset || stringsOffset > segmentSize)
            return false;
        _entries = (Entry*)(segment + 16);
        _count = count;
        _names = segment + stringsOffset;
        return true;
    }

    // Finds the symbol containing address: its name (NUL-terminated ASCII) and the offset
    // into it. Returns false when no symbol starts at or below the address.
    public static bool TryLookup(ulong address, out byte* name, out ulong offset)
    {
        name = null;
        offset = 0;
        if (_count == 0 || address < _entries[0].Address)
            return false;
        uint low = 0;
        uint high = _count - 1;
        while (low < high)
        {
            uint middle = low + (high - low + 1) / 2;
            if (_entries[middle].Address <= address)
                low = middle;
            else
                high = middle - 1;
        }
        Entry* entry = _entries + low;
        if (entry->Size != 0 && address - entry->Address >= entry->Size)
            return false;
        name = _names + entry->NameOffset;
        offset = address - entry->Address;
        return true;
    }

    // The name of the symbol containing an address, and where it starts (for exception
    // stack traces: Internal.Runtime.ExceptionHandling.CodeSymbols); null when none does.
    public static string NameContaining(nuint address, nuint* start)
    {
        if (!TryLookup(address, out byte* name, out ulong offset))
            return null;
        *start = (nuint)(address - offset);
        return ToString(name);
    }

    // The symbol name at exactly this address, as a string (used for type names in cast
    // panics); null when there is none.
    public static string NameAt(nuint address)
    {
        if (!TryLookup(address, out byte* name, out ulong offset) || offset != 0)
            return null;
        return ToString(name);
    }

    private static string ToString(byte* name)
    {
        int length = 0;
        while (name[length] != 0 && length < 512)
            length++;
        char* text = stackalloc char[length];
        for (int i = 0; i < length; i++)
            text[i] = (char)name[i];
        return new string(text, 0, length);
    }
}
