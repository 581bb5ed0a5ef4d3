// ElfLoader: places a program ElfImage has checked into its memory: the whole image is
// zeroed (so .bss and the gaps between segments are zero), each PT_LOAD segment's file
// bytes are copied to its place, and every R_X86_64_RELATIVE relocation is applied for the
// address the image landed at (the word at base + offset becomes base + addend). Every
// bound was checked by ElfImage.Parse, so nothing here can write outside the memory it is
// given. Pure code; ProgramLoader calls it with memory from the kernel heap.
using System;
using System.Buffers.Binary;

namespace RalphOS.Kernel.Programs.Elf;

internal static class ElfLoader
{
    // memory is at least image.ImageSize bytes and starts at loadBase.
    public static void Place(ReadOnlySpan<byte> file, ElfImage image, Span<byte> memory, ulong loadBase)
    {
        if ((ulong)memory.Length < image.ImageSize)
            throw new ArgumentException("memory is smaller than the image", nameof(memory));
        memory.Slice(0, (int)image.ImageSize).Clear();
        foreach (ElfSegment segment in image.Segments)
        {
            if (segment.FileSize != 0)
                file.Slice((int)segment.FileOffset, (int)segment.FileSize).CopyTo(memory.Slice((int)segment.VirtualAddress));
        }
        for (int i = 0; i < image.RelocationCount; i++)
        {
            int at = (int)image.RelocationOffset + i * ElfConstants.RelaSize;
            ulong target = ElfImage.U64(file, at);
            uint type = (uint)ElfImage.U64(file, at + 8);
            ulong addend = ElfImage.U64(file, at + 16);
            if (type == ElfConstants.RelocationRelative)
                BinaryPrimitives.WriteUInt64LittleEndian(memory.Slice((int)target, sizeof(ulong)), loadBase + addend);
        }
    }
}
