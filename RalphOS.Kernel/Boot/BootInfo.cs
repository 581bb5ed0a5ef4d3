// BootInfo: what stage 2 of the bootloader tells the kernel, at physical 0x1000. The
// layout is the boot contract shared with RalphOS.Boot/layout.inc (see README "How boot
// works"); change both together.
using System.Runtime.InteropServices;

namespace RalphOS.Kernel.Boot;

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct BootInfo
{
    public const uint ExpectedMagic = 0x464E4942; // "BINF"
    public const uint ExpectedVersion = 1;

    public uint Magic;
    public uint Version;
    public uint BootDrive;
    public uint Flags;
    public uint VideoMode;
    public uint E820Count;
    public E820Entry* E820Entries;
    public ulong MappedBytes;
    public ImageHeader* ImageHeader;
    public ulong FreeMemoryStart;
    public uint A20Method;
    public uint Reserved;

    public bool IsValid => Magic == ExpectedMagic && Version == ExpectedVersion;
}

// One entry of the BIOS E820 memory map (ACPI specification, "System Address Map").
[StructLayout(LayoutKind.Sequential)]
internal struct E820Entry
{
    public const uint TypeUsable = 1;

    public ulong Base;
    public ulong Length;
    public uint Type;
    public uint ExtendedAttributes;
}
