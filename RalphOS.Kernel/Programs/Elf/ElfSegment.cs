// ElfSegment: one PT_LOAD program header of a program, as ElfImage validated it: where its
// bytes are in the file, where they go in the image (relative to the load base), and how
// much of it is .bss (MemorySize beyond FileSize, zero-filled).
namespace RalphOS.Kernel.Programs.Elf;

internal struct ElfSegment
{
    public ulong FileOffset;
    public ulong FileSize;
    public ulong VirtualAddress;
    public ulong MemorySize;
    public uint Flags;

    public ulong End => VirtualAddress + MemorySize;
}
