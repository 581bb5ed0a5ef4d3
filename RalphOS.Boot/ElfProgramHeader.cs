// ElfProgramHeader: the fields of an ELF64 program header the image tool needs.
namespace RalphOS.Boot;

public sealed class ElfProgramHeader
{
    /// <summary>p_type value of a loadable segment (System V gABI).</summary>
    public const uint TypeLoad = 1;

    public uint Type { get; init; }
    public ulong FileOffset { get; init; }
    public ulong VirtualAddress { get; init; }
    public ulong PhysicalAddress { get; init; }
    public ulong FileSize { get; init; }
    public ulong MemorySize { get; init; }

    public bool IsLoad => Type == TypeLoad;
}
