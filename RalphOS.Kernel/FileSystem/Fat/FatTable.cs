// FatTable: the file allocation table of a mounted volume, read and written through the
// block cache. Get/Set read and write one entry in the 12-, 16- or 32-bit format (Set
// writes every FAT copy); WalkChain follows a chain with every step checked and the length
// bounded by the cluster count, so a loop, a free or out-of-range link is an error, never
// an endless walk; Allocate and FreeChain keep the free count. FatVolume is the only caller.
// Entry formats: FAT spec, "FAT Data Structure".
using System.Collections.Generic;

namespace RalphOS.Kernel.FileSystem.Fat;

public sealed class FatTable
{
    public const uint Free = 0;
    // FAT spec: an entry at or above these values ends a chain; the value just below is "bad cluster".
    private const uint EndOfChain12 = 0xFF8, EndOfChain16 = 0xFFF8, EndOfChain32 = 0x0FFFFFF8;
    private const uint Fat32Mask = 0x0FFFFFFF;

    private readonly FatLayout _layout;
    private readonly BlockCache _cache;
    private uint _nextFreeHint = 2;

    public uint FreeClusters { get; private set; }

    public FatTable(FatLayout layout, BlockCache cache)
    {
        _layout = layout;
        _cache = cache;
    }

    public uint EndOfChainMark => _layout.Type == FatType.Fat12 ? 0xFFFu : _layout.Type == FatType.Fat16 ? 0xFFFFu : Fat32Mask;

    public bool IsEndOfChain(uint value) =>
        value >= (_layout.Type == FatType.Fat12 ? EndOfChain12 : _layout.Type == FatType.Fat16 ? EndOfChain16 : EndOfChain32);

    public bool IsValidCluster(uint cluster) => cluster >= 2 && cluster <= _layout.MaxCluster;

    /// <summary>Counts the free entries (at mount); false on a device error.</summary>
    public bool CountFree()
    {
        uint free = 0;
        for (uint cluster = 2; cluster <= _layout.MaxCluster; cluster++)
        {
            if (!Get(cluster, out uint value)) return false;
            if (value == Free) free++;
        }
        FreeClusters = free;
        return true;
    }

    public bool Get(uint cluster, out uint value)
    {
        value = 0;
        ulong offset = EntryOffset(cluster);
        if (_layout.Type == FatType.Fat32)
        {
            if (!ReadBytes(0, offset, 4, out uint raw)) return false;
            value = raw & Fat32Mask;
            return true;
        }
        if (_layout.Type == FatType.Fat16) return ReadBytes(0, offset, 2, out value);
        if (!ReadBytes(0, offset, 2, out uint pair)) return false;
        // FAT12 packs two entries in three bytes: an odd cluster takes the high 12 bits.
        value = (cluster & 1) != 0 ? pair >> 4 : pair & 0xFFF;
        return true;
    }

    public bool Set(uint cluster, uint value)
    {
        ulong offset = EntryOffset(cluster);
        for (int copy = 0; copy < _layout.FatCount; copy++)
        {
            bool ok;
            if (_layout.Type == FatType.Fat32)
            {
                // The top four bits are reserved and must be preserved.
                ok = ReadBytes(copy, offset, 4, out uint raw) && WriteBytes(copy, offset, 4, (raw & ~Fat32Mask) | (value & Fat32Mask));
            }
            else if (_layout.Type == FatType.Fat16)
            {
                ok = WriteBytes(copy, offset, 2, value & 0xFFFF);
            }
            else
            {
                ok = ReadBytes(copy, offset, 2, out uint pair);
                uint packed = (cluster & 1) != 0 ? (pair & 0x000F) | ((value & 0xFFF) << 4) : (pair & 0xF000) | (value & 0xFFF);
                ok = ok && WriteBytes(copy, offset, 2, packed);
            }
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>Appends the clusters of the chain starting at first to chain. Every link
    /// must be a valid cluster; a chain longer than the volume's cluster count is a loop.</summary>
    public FatError WalkChain(uint first, List<uint> chain)
    {
        if (first == 0) return FatError.None;
        uint cluster = first;
        for (uint steps = 0; steps < _layout.ClusterCount; steps++)
        {
            if (!IsValidCluster(cluster)) return FatError.CorruptChain;
            chain.Add(cluster);
            if (!Get(cluster, out uint next)) return FatError.DeviceError;
            if (IsEndOfChain(next)) return FatError.None;
            cluster = next;
        }
        return FatError.CorruptChain;
    }

    /// <summary>Finds count free clusters and links them into one chain ending in an
    /// end-of-chain mark (in the cache: the caller flushes). DiskFull changes nothing.</summary>
    public FatError Allocate(int count, List<uint> chain)
    {
        if (count <= 0) return FatError.None;
        if ((uint)count > FreeClusters) return FatError.DiskFull;
        int start = chain.Count;
        uint cluster = _nextFreeHint;
        for (uint scanned = 0; scanned < _layout.ClusterCount && chain.Count - start < count; scanned++)
        {
            if (!IsValidCluster(cluster)) cluster = 2;
            if (!Get(cluster, out uint value)) return FatError.DeviceError;
            if (value == Free) chain.Add(cluster);
            cluster++;
        }
        if (chain.Count - start < count)
        {
            chain.RemoveRange(start, chain.Count - start);
            return FatError.DiskFull;
        }
        _nextFreeHint = cluster;
        // Link from the end backwards, so every entry set points at an already marked cluster.
        for (int i = chain.Count - 1; i >= start; i--)
        {
            uint next = i == chain.Count - 1 ? EndOfChainMark : chain[i + 1];
            if (!Set(chain[i], next)) return FatError.DeviceError;
            FreeClusters--;
        }
        return FatError.None;
    }

    /// <summary>Marks every cluster of chain free (in the cache: the caller flushes).</summary>
    public FatError FreeChain(List<uint> chain)
    {
        for (int i = 0; i < chain.Count; i++)
        {
            if (!Set(chain[i], Free)) return FatError.DeviceError;
            FreeClusters++;
        }
        return FatError.None;
    }

    private ulong EntryOffset(uint cluster) => _layout.Type switch
    {
        FatType.Fat12 => cluster + cluster / 2,
        FatType.Fat16 => (ulong)cluster * 2,
        _ => (ulong)cluster * 4,
    };

    // Little-endian bytes at a byte offset into FAT copy `copy`; FAT12 entries may straddle
    // two sectors, so every byte is fetched on its own.
    private bool ReadBytes(int copy, ulong offset, int length, out uint value)
    {
        value = 0;
        int within = (int)(offset % FatLayout.SectorSize);
        if (within + length <= FatLayout.SectorSize)
        {
            // The common case: the whole entry in one sector, one cache lookup.
            byte[] whole = _cache.Get(SectorOf(copy, offset));
            if (whole == null) return false;
            for (int i = 0; i < length; i++) value |= (uint)whole[within + i] << (8 * i);
            return true;
        }
        for (int i = 0; i < length; i++)
        {
            ulong at = offset + (ulong)i;
            byte[] sector = _cache.Get(SectorOf(copy, at));
            if (sector == null) return false;
            value |= (uint)sector[(int)(at % FatLayout.SectorSize)] << (8 * i);
        }
        return true;
    }

    private bool WriteBytes(int copy, ulong offset, int length, uint value)
    {
        for (int i = 0; i < length; i++)
        {
            ulong at = offset + (ulong)i;
            ulong lba = SectorOf(copy, at);
            byte[] sector = _cache.Get(lba);
            if (sector == null) return false;
            sector[(int)(at % FatLayout.SectorSize)] = (byte)(value >> (8 * i));
            _cache.MarkDirty(lba);
        }
        return true;
    }

    private ulong SectorOf(int copy, ulong offset) =>
        _layout.FirstFatSector + (ulong)copy * _layout.SectorsPerFat + offset / FatLayout.SectorSize;
}
