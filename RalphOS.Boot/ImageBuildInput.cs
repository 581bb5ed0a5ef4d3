// ImageBuildInput: everything ImageBuilder needs to write a disk image, already in memory.
// BuildCommand fills it from files; tests fill it directly.
namespace RalphOS.Boot;

public sealed class ImageBuildInput
{
    public byte[] Stage1 { get; init; }
    public byte[] Stage2 { get; init; }
    /// <summary>The kernel's flat binary (objcopy -O binary of KernelElf).</summary>
    public byte[] KernelBinary { get; init; }
    /// <summary>The linked kernel: load address, memory size and symbols come from it.</summary>
    public ElfFile KernelElf { get; init; }
    /// <summary>Optional embedded-files blob (opaque bytes), or null.</summary>
    public byte[] Files { get; init; }
    public ImageFlags Flags { get; init; }
    public string Cmdline { get; init; } = "";
}
