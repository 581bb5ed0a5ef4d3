// MemoryDisk: an IBlockDevice over a byte array (a whole disk image in memory), with an
// optional write log (every sector write, in order) for the crash-consistency tests and a
// failure switch for device-error tests.
using System;
using System.Collections.Generic;
using RalphOS.Kernel.FileSystem.Fat;

namespace RalphOS.Storage.Tests.Support;

public sealed class MemoryDisk : IBlockDevice
{
    public const int SectorSize = 512;
    public byte[] Bytes { get; }
    public List<(ulong Lba, byte[] Data)> WriteLog { get; } = new List<(ulong, byte[])>();
    public bool RecordWrites { get; set; }
    public bool FailWrites { get; set; }
    public int Reads { get; private set; }

    public MemoryDisk(byte[] bytes) => Bytes = bytes;

    public ulong SectorCount => (ulong)(Bytes.Length / SectorSize);

    public bool ReadSectors(ulong lba, int count, Span<byte> buffer)
    {
        Reads++;
        if (lba + (ulong)count > SectorCount) return false;
        new ReadOnlySpan<byte>(Bytes, (int)lba * SectorSize, count * SectorSize).CopyTo(buffer);
        return true;
    }

    public bool WriteSectors(ulong lba, int count, ReadOnlySpan<byte> buffer)
    {
        if (FailWrites || lba + (ulong)count > SectorCount) return false;
        for (int i = 0; i < count; i++)
        {
            var sector = buffer.Slice(i * SectorSize, SectorSize);
            if (RecordWrites) WriteLog.Add((lba + (ulong)i, sector.ToArray()));
            sector.CopyTo(new Span<byte>(Bytes, (int)(lba + (ulong)i) * SectorSize, SectorSize));
        }
        return true;
    }
}
