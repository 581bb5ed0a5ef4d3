// AtaBlockDevice: an ATA drive seen as the file system's IBlockDevice (the adapter keeps
// the driver and the file system apart: neither folder imports the other). The disk
// service mounts FAT through it; host tests mount images through it and a fake drive.
using System;
using RalphOS.Kernel.Drivers.Ata;
using RalphOS.Kernel.FileSystem.Fat;

namespace RalphOS.Kernel.Storage;

public sealed class AtaBlockDevice : IBlockDevice
{
    private readonly AtaDrive _drive;

    public AtaBlockDevice(AtaDrive drive) => _drive = drive;

    public ulong SectorCount => _drive.SectorCount;

    public bool ReadSectors(ulong lba, int count, Span<byte> buffer) => _drive.ReadSectors(lba, count, buffer) == AtaResult.Ok;

    public bool WriteSectors(ulong lba, int count, ReadOnlySpan<byte> buffer) => _drive.WriteSectors(lba, count, buffer) == AtaResult.Ok;
}
