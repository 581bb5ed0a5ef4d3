// BootLayout: the disk and memory constants of the Ralph OS boot contract, as C#.
//
// Mirrors RalphOS.Boot/layout.inc (the NASM side); the two must change together. Used by
// ImageBuilder (where segments go on disk and in memory), ImageHeader and the tests.
namespace RalphOS.Boot;

public static class BootLayout
{
    public const int SectorSize = 512;
    public const int Stage1Bytes = 512;
    /// <summary>Offset of the 0x55 0xAA boot signature the BIOS checks in sector 0.</summary>
    public const int BootSignatureOffset = 510;
    public const int Stage2FirstLba = 1;
    public const int Stage2Sectors = 64;
    public const int Stage2MaxBytes = Stage2Sectors * SectorSize;
    /// <summary>First sector after stage2: where the kernel segment starts.</summary>
    public const int SegmentsFirstLba = Stage2FirstLba + Stage2Sectors;

    /// <summary>Segments load at or above 1 MiB; below is the loader's own memory.</summary>
    public const ulong HighMemoryStart = 0x100000;
    /// <summary>stage2 copies with 32-bit (unreal mode) addresses: segments end by 4 GiB.</summary>
    public const ulong LoaderAddressLimit = 0x1_0000_0000;
    public const ulong PageSize = 4096;

    public static ulong AlignUp(ulong value, ulong alignment) =>
        (value + alignment - 1) / alignment * alignment;

    public static uint SectorsFor(long bytes) => (uint)((bytes + SectorSize - 1) / SectorSize);
}
