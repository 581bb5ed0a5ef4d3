// IBlockDevice: the file system's view of a disk, a run of 512-byte sectors addressed by
// LBA. The ATA driver implements it in the kernel; host tests back it with an image file
// or a byte array (and wrap it to record or cut the write sequence). Errors are values: a
// false return means the device failed, and the caller reports it.
using System;

namespace RalphOS.Kernel.FileSystem.Fat;

public interface IBlockDevice
{
    /// <summary>How many 512-byte sectors the device holds.</summary>
    ulong SectorCount { get; }

    /// <summary>Reads count sectors from lba into buffer (at least count * 512 bytes).</summary>
    bool ReadSectors(ulong lba, int count, Span<byte> buffer);

    /// <summary>Writes count sectors from buffer to lba; true only once the device has them.</summary>
    bool WriteSectors(ulong lba, int count, ReadOnlySpan<byte> buffer);
}
