// TestElfBuilder: writes small ELF64 program files for the loader's tests, shaped like
// what ld -pie makes of a program (an ET_DYN with PT_LOAD segments, a PT_DYNAMIC with a
// RELA table, the Ralph OS API note), with every field open to corruption by the test.
using System;
using System.Buffers.Binary;
using System.Collections.Generic;

namespace RalphOS.Programs.Tests;

internal sealed class TestElfBuilder
{
    public const int CodeAddress = 0x1000;
    public const int DataAddress = 0x2000;
    public const int CodeSize = 64;
    public const int DataSize = 32;
    public const int BssSize = 4096 + 16;

    public ushort Type = 3;
    public ushort Machine = 62;
    public byte Class = 2;
    public ulong Entry = CodeAddress + 8;
    public uint ApiVersion = 1;
    public bool WithNote = true;
    public ulong DataVirtualAddress = DataAddress;
    public ulong DataMemorySize = DataSize + BssSize;
    public ulong CodeFileSizeOverride;
    public bool WithInterpreter;
    public bool WithNeeded;
    // Relocations: (offset, type, addend).
    public List<(ulong, uint, ulong)> Relocations = new List<(ulong, uint, ulong)>
    {
        (DataAddress, 8, CodeAddress + 4),
        (DataAddress + 8, 8, DataAddress + 16),
    };

    // Layout: header, program headers, note, then code at file 0x1000, data at 0x2000,
    // dynamic section and relocations after the data (inside the data segment's file bytes).
    public byte[] Build()
    {
        const int fileSize = 0x3000;
        var file = new byte[fileSize];
        int headers = 0;
        var phdrs = new List<(uint type, uint flags, ulong offset, ulong vaddr, ulong filesz, ulong memsz)>();
        ulong codeFileSize = CodeFileSizeOverride != 0 ? CodeFileSizeOverride : CodeSize;
        phdrs.Add((1, 5, CodeAddress, CodeAddress, codeFileSize, CodeSize));
        // Data segment file bytes: data, then dynamic, then relocations.
        int dynamicAt = DataAddress + DataSize;
        int dynamicCount = 4 + (WithNeeded ? 1 : 0);
        int relaAt = dynamicAt + dynamicCount * 16;
        int dataFileSize = relaAt + Relocations.Count * 24 - DataAddress;
        phdrs.Add((1, 6, DataAddress, DataVirtualAddress, (ulong)dataFileSize, System.Math.Max(DataMemorySize, (ulong)dataFileSize)));
        phdrs.Add((2, 6, (ulong)dynamicAt, (ulong)dynamicAt, (ulong)(dynamicCount * 16), (ulong)(dynamicCount * 16)));
        int noteAt = 0x200;
        if (WithNote)
            phdrs.Add((4, 4, (ulong)noteAt, (ulong)noteAt, 24, 24));
        if (WithInterpreter)
            phdrs.Add((3, 4, 0x300, 0x300, 16, 16));

        file[0] = 0x7F; file[1] = (byte)'E'; file[2] = (byte)'L'; file[3] = (byte)'F';
        file[4] = Class; file[5] = 1; file[6] = 1;
        W16(file, 16, Type);
        W16(file, 18, Machine);
        W32(file, 20, 1);
        W64(file, 24, Entry);
        W64(file, 32, 64);
        W16(file, 52, 64);
        W16(file, 54, 56);
        W16(file, 56, (ushort)phdrs.Count);
        headers = 64;
        foreach (var p in phdrs)
        {
            W32(file, headers, p.type);
            W32(file, headers + 4, p.flags);
            W64(file, headers + 8, p.offset);
            W64(file, headers + 16, p.vaddr);
            W64(file, headers + 24, p.vaddr);
            W64(file, headers + 32, p.filesz);
            W64(file, headers + 40, p.memsz);
            W64(file, headers + 48, 0x1000);
            headers += 56;
        }
        W32(file, noteAt, 8);
        W32(file, noteAt + 4, 4);
        W32(file, noteAt + 8, 1);
        System.Text.Encoding.ASCII.GetBytes("RalphOS\0").CopyTo(file, noteAt + 12);
        W32(file, noteAt + 20, ApiVersion);

        for (int i = 0; i < CodeSize; i++)
            file[CodeAddress + i] = (byte)(0x90 + (i & 1));
        for (int i = 0; i < DataSize; i++)
            file[DataAddress + i] = (byte)(0xA0 + i);

        int d = dynamicAt;
        if (WithNeeded) { W64(file, d, 1); W64(file, d + 8, 1); d += 16; }
        W64(file, d, 7); W64(file, d + 8, (ulong)relaAt); d += 16;
        W64(file, d, 8); W64(file, d + 8, (ulong)(Relocations.Count * 24)); d += 16;
        W64(file, d, 9); W64(file, d + 8, 24); d += 16;
        W64(file, d, 0); d += 16;
        for (int i = 0; i < Relocations.Count; i++)
        {
            (ulong offset, uint type, ulong addend) = Relocations[i];
            W64(file, relaAt + i * 24, offset);
            W64(file, relaAt + i * 24 + 8, type);
            W64(file, relaAt + i * 24 + 16, addend);
        }
        return file;
    }

    private static void W16(byte[] b, int at, ushort v) => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(at), v);
    private static void W32(byte[] b, int at, uint v) => BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(at), v);
    private static void W64(byte[] b, int at, ulong v) => BinaryPrimitives.WriteUInt64LittleEndian(b.AsSpan(at), v);
}
