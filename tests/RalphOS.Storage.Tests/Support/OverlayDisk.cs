// OverlayDisk: an IBlockDevice that reads a shared base image and keeps its own changed
// sectors in a dictionary, so thousands of fuzzed variants of one image cost no copies.
using System;
using System.Collections.Generic;
using RalphOS.Kernel.FileSystem.Fat;

namespace RalphOS.Storage.Tests.Support;

public sealed class OverlayDisk : IBlockDevice
{
    private const int SectorSize = 512;
    private readonly byte[] _base;
    private readonly Dictionary<ulong, byte[]> _changed = new Dictionary<ulong, byte[]>();

    public OverlayDisk(byte[] baseImage) => _base = baseImage;

    public ulong SectorCount => (ulong)(_base.Length / SectorSize);

    /// <summary>The sector's bytes, copied into the overlay so the caller may change them.</summary>
    public byte[] Sector(ulong lba)
    {
        if (!_changed.TryGetValue(lba, out byte[] data))
        {
            data = new byte[SectorSize];
            Array.Copy(_base, (long)lba * SectorSize, data, 0, SectorSize);
            _changed[lba] = data;
        }
        return data;
    }

    public bool ReadSectors(ulong lba, int count, Span<byte> buffer)
    {
        if (lba + (ulong)count > SectorCount) return false;
        for (int i = 0; i < count; i++)
        {
            ulong at = lba + (ulong)i;
            ReadOnlySpan<byte> source = _changed.TryGetValue(at, out byte[] data) ? data : new ReadOnlySpan<byte>(_base, (int)at * SectorSize, SectorSize);
            source.CopyTo(buffer.Slice(i * SectorSize, SectorSize));
        }
        return true;
    }

    public bool WriteSectors(ulong lba, int count, ReadOnlySpan<byte> buffer)
    {
        if (lba + (ulong)count > SectorCount) return false;
        for (int i = 0; i < count; i++)
            _changed[lba + (ulong)i] = buffer.Slice(i * SectorSize, SectorSize).ToArray();
        return true;
    }
}
