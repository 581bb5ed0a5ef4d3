// ElfImage: a program's ELF64 file, read and checked before anything is loaded: the header
// (magic, 64-bit little-endian x86-64, a position-independent executable), the program
// headers (PT_LOAD segments inside the file, not overlapping, not huge; no interpreter),
// the entry point (inside an executable segment), the dynamic section's relocation table
// (R_X86_64_RELATIVE only, every target inside the image; no shared libraries) and the
// API-version note. Anything malformed or hostile is refused with a message naming what is
// wrong; nothing here faults or allocates in proportion to the file's claims. Pure code:
// the kernel's ProgramLoader calls Parse, then ElfLoader places it; host tests run both
// on ELF files made in the test and on the programs the build produces.
using System;
using System.Buffers.Binary;
using System.Collections.Generic;

namespace RalphOS.Kernel.Programs.Elf;

internal sealed class ElfImage
{
    // A program's image may span at most this much memory (its segments and .bss).
    public const ulong MaxImageSize = 64UL * 1024 * 1024;
    private const int MaxProgramHeaders = 64;
    private const int MaxDynamicEntries = 256;

    public List<ElfSegment> Segments { get; } = new List<ElfSegment>();
    // Bytes from the load base to the end of the last segment, whole pages.
    public ulong ImageSize { get; private set; }
    public ulong Entry { get; private set; }
    // The relocation table (Elf64_Rela entries) as a file offset and a count.
    public ulong RelocationOffset { get; private set; }
    public int RelocationCount { get; private set; }
    // The API version from the note; 0 when the file has none.
    public uint ApiVersion { get; private set; }

    // The parsed file, or null with the reason in error.
    public static ElfImage Parse(ReadOnlySpan<byte> file, out string error)
    {
        var image = new ElfImage();
        error = image.Read(file);
        return error == null ? image : null;
    }

    private string Read(ReadOnlySpan<byte> file)
    {
        if (file.Length < ElfConstants.HeaderSize)
            return $"truncated: {file.Length} bytes is shorter than an ELF header";
        if (U32(file, 0) != ElfConstants.Magic)
            return "not an ELF file (bad magic)";
        if (file[4] != ElfConstants.Class64 || file[5] != ElfConstants.LittleEndian)
            return "not a 64-bit little-endian ELF file";
        if (U16(file, 18) != ElfConstants.MachineX86_64)
            return $"built for machine {U16(file, 18)}, not x86-64";
        if (U16(file, 16) != ElfConstants.TypeSharedObject)
            return $"not a position-independent executable (ELF type {U16(file, 16)}; link with ld -pie)";
        string problem = ReadProgramHeaders(file);
        if (problem != null)
            return problem;
        Entry = U64(file, 24);
        if (!IsInExecutableSegment(Entry))
            return $"entry point 0x{Hex(Entry)} is outside the image's code";
        return null;
    }

    private string ReadProgramHeaders(ReadOnlySpan<byte> file)
    {
        ulong tableOffset = U64(file, 32);
        int entrySize = U16(file, 54);
        int count = U16(file, 56);
        if (count == 0)
            return "no program headers";
        if (count > MaxProgramHeaders)
            return $"{count} program headers (at most {MaxProgramHeaders})";
        if (entrySize != ElfConstants.ProgramHeaderSize)
            return $"program header size {entrySize}, not {ElfConstants.ProgramHeaderSize}";
        if (!Fits(file, tableOffset, (ulong)(count * entrySize)))
            return "truncated: the program headers run past the end of the file";
        ulong dynamicOffset = 0, dynamicSize = 0;
        for (int i = 0; i < count; i++)
        {
            int at = (int)tableOffset + i * entrySize;
            uint type = U32(file, at);
            var segment = new ElfSegment
            {
                Flags = U32(file, at + 4),
                FileOffset = U64(file, at + 8),
                VirtualAddress = U64(file, at + 16),
                FileSize = U64(file, at + 32),
                MemorySize = U64(file, at + 40),
            };
            if (type == ElfConstants.SegmentInterpreter)
                return "needs a dynamic linker (PT_INTERP); programs are linked with --no-dynamic-linker";
            if (type == ElfConstants.SegmentLoad)
            {
                string problem = CheckLoadSegment(file, segment, i);
                if (problem != null)
                    return problem;
                Segments.Add(segment);
            }
            else if (type == ElfConstants.SegmentDynamic)
            {
                dynamicOffset = segment.FileOffset;
                dynamicSize = segment.FileSize;
            }
            else if (type == ElfConstants.SegmentNote && Fits(file, segment.FileOffset, segment.FileSize))
            {
                ReadNotes(file.Slice((int)segment.FileOffset, (int)segment.FileSize));
            }
        }
        if (Segments.Count == 0)
            return "no loadable segments";
        string overlap = CheckOverlaps();
        if (overlap != null)
            return overlap;
        return dynamicSize == 0 ? null : ReadDynamic(file, dynamicOffset, dynamicSize);
    }

    private string CheckLoadSegment(ReadOnlySpan<byte> file, ElfSegment segment, int index)
    {
        if (!Fits(file, segment.FileOffset, segment.FileSize))
            return $"truncated: segment {index} runs past the end of the file";
        if (segment.FileSize > segment.MemorySize)
            return $"segment {index} has more file bytes than memory bytes";
        if (segment.MemorySize > MaxImageSize || segment.VirtualAddress > MaxImageSize - segment.MemorySize)
            return $"segment {index} is too large or too far (images are at most {MaxImageSize / (1024 * 1024)} MiB)";
        ulong end = (segment.End + ElfConstants.PageSize - 1) & ~(ElfConstants.PageSize - 1);
        if (end > ImageSize)
            ImageSize = end;
        return null;
    }

    private string CheckOverlaps()
    {
        for (int i = 0; i < Segments.Count; i++)
        {
            for (int j = i + 1; j < Segments.Count; j++)
            {
                ElfSegment a = Segments[i], b = Segments[j];
                if (a.MemorySize != 0 && b.MemorySize != 0 && a.VirtualAddress < b.End && b.VirtualAddress < a.End)
                    return $"segments {i} and {j} overlap";
            }
        }
        return null;
    }

    // Notes: namesz, descsz, type, the name padded to 4 bytes, the descriptor padded to 4.
    private void ReadNotes(ReadOnlySpan<byte> notes)
    {
        int at = 0;
        while (at + 12 <= notes.Length)
        {
            uint nameSize = U32(notes, at), descriptorSize = U32(notes, at + 4), type = U32(notes, at + 8);
            ulong nameStart = (ulong)at + 12;
            ulong descriptorStart = nameStart + ((nameSize + 3UL) & ~3UL);
            ulong next = descriptorStart + ((descriptorSize + 3UL) & ~3UL);
            if (next > (ulong)notes.Length)
                return;
            if (type == ElfConstants.NoteTypeApiVersion && descriptorSize == 4
                && IsOwner(notes.Slice((int)nameStart, (int)nameSize)))
                ApiVersion = U32(notes, (int)descriptorStart);
            at = (int)next;
        }
    }

    private static bool IsOwner(ReadOnlySpan<byte> name)
    {
        string owner = ElfConstants.NoteOwner;
        if (name.Length != owner.Length + 1 || name[owner.Length] != 0)
            return false;
        for (int i = 0; i < owner.Length; i++)
        {
            if (name[i] != owner[i])
                return false;
        }
        return true;
    }

    private string ReadDynamic(ReadOnlySpan<byte> file, ulong offset, ulong size)
    {
        if (!Fits(file, offset, size))
            return "truncated: the dynamic section runs past the end of the file";
        ulong rela = 0, relaSize = 0, relaEntry = ElfConstants.RelaSize;
        int count = (int)Math.Min(size / ElfConstants.DynamicEntrySize, (ulong)MaxDynamicEntries);
        for (int i = 0; i < count; i++)
        {
            int at = (int)offset + i * ElfConstants.DynamicEntrySize;
            long tag = (long)U64(file, at);
            ulong value = U64(file, at + 8);
            if (tag == ElfConstants.DynamicNull)
                break;
            if (tag == ElfConstants.DynamicNeeded)
                return "needs a shared library (DT_NEEDED); programs link everything in";
            if ((tag == ElfConstants.DynamicRel || tag == ElfConstants.DynamicRelSize || tag == ElfConstants.DynamicPltRelSize) && value != 0)
                return $"has relocations of a kind the loader does not apply (dynamic tag {tag})";
            if (tag == ElfConstants.DynamicRela) rela = value;
            else if (tag == ElfConstants.DynamicRelaSize) relaSize = value;
            else if (tag == ElfConstants.DynamicRelaEntry) relaEntry = value;
        }
        if (relaSize == 0)
            return null;
        if (relaEntry != ElfConstants.RelaSize || relaSize % ElfConstants.RelaSize != 0)
            return $"bad relocation table (entry size {relaEntry}, table size {relaSize})";
        if (!TryFileOffset(rela, relaSize, out ulong tableOffset) || !Fits(file, tableOffset, relaSize))
            return "bad relocation table: it is not inside the file's loaded bytes";
        RelocationOffset = tableOffset;
        RelocationCount = (int)(relaSize / ElfConstants.RelaSize);
        return CheckRelocations(file);
    }

    private string CheckRelocations(ReadOnlySpan<byte> file)
    {
        if (ImageSize < sizeof(ulong))
            return "relocations in an empty image";
        for (int i = 0; i < RelocationCount; i++)
        {
            int at = (int)RelocationOffset + i * ElfConstants.RelaSize;
            ulong target = U64(file, at);
            uint type = (uint)U64(file, at + 8);
            if (type == ElfConstants.RelocationNone)
                continue;
            if (type != ElfConstants.RelocationRelative)
                return $"relocation {i} has type {type}; only R_X86_64_RELATIVE is supported";
            if (target > ImageSize - sizeof(ulong))
                return $"relocation {i} writes at 0x{Hex(target)}, outside the image";
        }
        return null;
    }

    // A virtual address range inside one segment's file bytes, as a file offset.
    private bool TryFileOffset(ulong address, ulong size, out ulong offset)
    {
        foreach (ElfSegment segment in Segments)
        {
            if (address >= segment.VirtualAddress && size <= segment.FileSize
                && address - segment.VirtualAddress <= segment.FileSize - size)
            {
                offset = segment.FileOffset + (address - segment.VirtualAddress);
                return true;
            }
        }
        offset = 0;
        return false;
    }

    private bool IsInExecutableSegment(ulong address)
    {
        foreach (ElfSegment segment in Segments)
        {
            if ((segment.Flags & ElfConstants.FlagExecute) != 0 && address >= segment.VirtualAddress && address < segment.End)
                return true;
        }
        return false;
    }

    private static bool Fits(ReadOnlySpan<byte> file, ulong offset, ulong size) =>
        offset <= (ulong)file.Length && size <= (ulong)file.Length - offset;

    internal static ushort U16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(at, 2));
    internal static uint U32(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(at, 4));
    internal static ulong U64(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(at, 8));

    internal static string Hex(ulong value) => value.ToString("X");
}
