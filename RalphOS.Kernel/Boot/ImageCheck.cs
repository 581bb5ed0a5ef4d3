// ImageCheck: verifies that the bootloader loaded the whole kernel image intact, by
// recomputing the CRC-32 the image tool stored in the header. It must run before anything
// writes the kernel's .data section (static fields live there), and it allocates nothing.
namespace RalphOS.Kernel.Boot;

internal unsafe struct ImageCheck
{
    public bool HeaderFound;
    public uint ExpectedCrc;
    public uint ActualCrc;
    public uint FileSize;
    public uint MemorySize;
    public ulong LoadAddress;

    public bool CrcMatches => HeaderFound && ExpectedCrc == ActualCrc;

    public static ImageCheck Run(BootInfo* bootInfo)
    {
        ImageCheck result = default;
        if (bootInfo->Magic != BootInfo.ExpectedMagic || bootInfo->ImageHeader == null)
            return result;
        ImageSegment* kernel = bootInfo->ImageHeader->FindSegment(SegmentKind.Kernel);
        if (kernel == null)
            return result;
        result.HeaderFound = true;
        result.ExpectedCrc = kernel->Crc32;
        result.FileSize = kernel->FileSize;
        result.MemorySize = kernel->MemorySize;
        result.LoadAddress = kernel->LoadAddress;
        result.ActualCrc = Crc32.Compute((byte*)kernel->LoadAddress, kernel->FileSize);
        return result;
    }
}
