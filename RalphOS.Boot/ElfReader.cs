// ElfReader: parses the parts of an ELF64 little-endian x86_64 file the image tool uses.
//
// Interface: ElfReader.Read(bytes, name) -> ElfFile, or ImageToolException naming the file
// and the problem. Every offset read from the file is bounds-checked first, so a truncated
// or foreign file gives a message, not a crash. Field offsets follow the System V ABI
// (gABI "ELF Header", "Program Header", "Section Header", "Symbol Table") for ELFCLASS64.
using System;
using System.Buffers.Binary;
using System.Text;

namespace RalphOS.Boot;

public static class ElfReader
{
    private const int HeaderBytes = 64;
    private const byte ClassElf64 = 2;
    private const byte DataLittleEndian = 1;
    private const ushort MachineX86_64 = 62;
    private const uint SectionTypeSymbolTable = 2;   // SHT_SYMTAB
    private const int ProgramHeaderBytes = 56;
    private const int SectionHeaderBytes = 64;
    private const int SymbolBytes = 24;

    public static ElfFile Read(byte[] bytes, string name)
    {
        var reader = new Reader(bytes, name);
        if (bytes.Length < HeaderBytes || bytes[0] != 0x7F || bytes[1] != 'E' || bytes[2] != 'L' || bytes[3] != 'F')
        {
            throw new ImageToolException($"{name}: not an ELF file");
        }
        if (bytes[4] != ClassElf64 || bytes[5] != DataLittleEndian || reader.U16(18) != MachineX86_64)
        {
            throw new ImageToolException($"{name}: not a 64-bit little-endian x86_64 ELF file");
        }
        var elf = new ElfFile { Entry = reader.U64(24) };
        ReadProgramHeaders(reader, elf);
        ReadSymbols(reader, elf);
        return elf;
    }

    private static void ReadProgramHeaders(Reader reader, ElfFile elf)
    {
        ulong offset = reader.U64(32);         // e_phoff
        int entrySize = reader.U16(54);        // e_phentsize
        int count = reader.U16(56);            // e_phnum
        if (count > 0 && entrySize < ProgramHeaderBytes)
        {
            throw new ImageToolException($"{reader.Name}: program header size {entrySize} is too small");
        }
        for (int index = 0; index < count; index++)
        {
            int at = reader.Checked(offset + (ulong)index * (ulong)entrySize, ProgramHeaderBytes);
            elf.ProgramHeaders.Add(new ElfProgramHeader
            {
                Type = reader.U32(at),
                FileOffset = reader.U64(at + 8),
                VirtualAddress = reader.U64(at + 16),
                PhysicalAddress = reader.U64(at + 24),
                FileSize = reader.U64(at + 32),
                MemorySize = reader.U64(at + 40),
            });
        }
    }

    private static void ReadSymbols(Reader reader, ElfFile elf)
    {
        ulong sectionsOffset = reader.U64(40); // e_shoff
        int entrySize = reader.U16(58);        // e_shentsize
        int count = reader.U16(60);            // e_shnum
        if (count > 0 && entrySize < SectionHeaderBytes)
        {
            throw new ImageToolException($"{reader.Name}: section header size {entrySize} is too small");
        }
        for (int index = 0; index < count; index++)
        {
            int at = reader.Checked(sectionsOffset + (ulong)index * (ulong)entrySize, SectionHeaderBytes);
            if (reader.U32(at + 4) != SectionTypeSymbolTable)
            {
                continue;
            }
            ulong tableOffset = reader.U64(at + 24);
            ulong tableSize = reader.U64(at + 32);
            uint linkedStrings = reader.U32(at + 40);
            if (linkedStrings >= count)
            {
                throw new ImageToolException($"{reader.Name}: .symtab links to missing section {linkedStrings}");
            }
            int stringsHeader = reader.Checked(sectionsOffset + (ulong)linkedStrings * (ulong)entrySize, SectionHeaderBytes);
            int stringsOffset = reader.Checked(reader.U64(stringsHeader + 24), 0);
            int stringsSize = (int)Math.Min(reader.U64(stringsHeader + 32), (ulong)(reader.Length - stringsOffset));
            int first = reader.Checked(tableOffset, (int)Math.Min(tableSize, int.MaxValue));
            for (int symbol = 0; symbol + SymbolBytes <= (int)tableSize; symbol += SymbolBytes)
            {
                int entry = first + symbol;
                elf.Symbols.Add(new ElfSymbol
                {
                    Name = reader.CString(stringsOffset, stringsSize, reader.U32(entry)),
                    Type = (ElfSymbolType)(reader.Byte(entry + 4) & 0x0F),
                    Address = reader.U64(entry + 8),
                    Size = reader.U64(entry + 16),
                });
            }
        }
    }

    /// <summary>Bounds-checked little-endian reads over the file bytes.</summary>
    private sealed class Reader
    {
        private readonly byte[] _bytes;

        public Reader(byte[] bytes, string name)
        {
            _bytes = bytes;
            Name = name;
        }

        public string Name { get; }
        public int Length => _bytes.Length;

        public int Checked(ulong offset, int length)
        {
            if (offset > (ulong)_bytes.Length || (ulong)length > (ulong)_bytes.Length - offset)
            {
                throw new ImageToolException($"{Name}: truncated or corrupt ELF (offset {offset} + {length} is past the end of {_bytes.Length} bytes)");
            }
            return (int)offset;
        }

        public byte Byte(int offset) => _bytes[Checked((ulong)offset, 1)];
        public ushort U16(int offset) => BinaryPrimitives.ReadUInt16LittleEndian(_bytes.AsSpan(Checked((ulong)offset, 2)));
        public uint U32(int offset) => BinaryPrimitives.ReadUInt32LittleEndian(_bytes.AsSpan(Checked((ulong)offset, 4)));
        public ulong U64(int offset) => BinaryPrimitives.ReadUInt64LittleEndian(_bytes.AsSpan(Checked((ulong)offset, 8)));

        public string CString(int tableOffset, int tableSize, uint nameOffset)
        {
            if (nameOffset >= tableSize)
            {
                return "";
            }
            ReadOnlySpan<byte> rest = _bytes.AsSpan(tableOffset + (int)nameOffset, tableSize - (int)nameOffset);
            int end = rest.IndexOf((byte)0);
            return Encoding.ASCII.GetString(end < 0 ? rest : rest.Slice(0, end));
        }
    }
}
