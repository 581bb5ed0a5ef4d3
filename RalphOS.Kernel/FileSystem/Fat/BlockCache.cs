// BlockCache: a small write-back cache of 512-byte sectors in front of an IBlockDevice,
// used by FatVolume for the FAT and directory sectors (file data bypasses it in whole
// clusters). A written sector stays dirty until Flush, which writes the dirty sectors in
// ascending LBA order; FatVolume calls Flush between the steps of an update, which is how
// it orders the writes that keep the volume consistent at any cut. Evicting a dirty sector
// writes it early; FatVolume's steps are ordered so that is always safe (see FatVolume.Files).
using System;

namespace RalphOS.Kernel.FileSystem.Fat;

public sealed class BlockCache
{
    private const ulong NoSector = ulong.MaxValue;
    private readonly IBlockDevice _device;
    private readonly byte[][] _data;
    private readonly ulong[] _lba;
    private readonly bool[] _dirty;
    private readonly long[] _lastUse;
    private long _clock;
    private int _lastSlot;

    public long Hits { get; private set; }
    public long Misses { get; private set; }
    public long SectorsWritten { get; private set; }
    public int Capacity => _data.Length;

    public BlockCache(IBlockDevice device, int slots)
    {
        _device = device;
        _data = new byte[slots][];
        _lba = new ulong[slots];
        _dirty = new bool[slots];
        _lastUse = new long[slots];
        for (int i = 0; i < slots; i++)
        {
            _data[i] = new byte[FatLayout.SectorSize];
            _lba[i] = NoSector;
        }
    }

    /// <summary>The cached copy of a sector (read on a miss); null on a device error. The
    /// buffer is valid until the next call into the cache; after changing it, MarkDirty.</summary>
    public byte[] Get(ulong lba)
    {
        int slot = Find(lba);
        if (slot >= 0)
        {
            Hits++;
            _lastUse[slot] = ++_clock;
            return _data[slot];
        }
        Misses++;
        slot = Victim();
        if (slot < 0) return null;
        if (!_device.ReadSectors(lba, 1, _data[slot]))
        {
            _lba[slot] = NoSector;
            return null;
        }
        _lba[slot] = lba;
        _lastUse[slot] = ++_clock;
        return _data[slot];
    }

    public void MarkDirty(ulong lba)
    {
        int slot = Find(lba);
        if (slot >= 0) _dirty[slot] = true;
    }

    /// <summary>Writes every dirty sector, lowest LBA first; false on a device error.</summary>
    public bool Flush()
    {
        while (true)
        {
            int next = -1;
            for (int i = 0; i < _data.Length; i++)
                if (_dirty[i] && (next < 0 || _lba[i] < _lba[next])) next = i;
            if (next < 0) return true;
            if (!WriteBack(next)) return false;
        }
    }

    /// <summary>Drops cached copies of sectors [lba, lba+count) without writing them: the
    /// caller is about to write those sectors directly.</summary>
    public void Discard(ulong lba, int count)
    {
        for (int i = 0; i < _data.Length; i++)
        {
            if (_lba[i] != NoSector && _lba[i] >= lba && _lba[i] < lba + (ulong)count)
            {
                _lba[i] = NoSector;
                _dirty[i] = false;
            }
        }
    }

    private int Find(ulong lba)
    {
        // Runs of lookups hit the same sector (a FAT scan, a directory walk).
        if (_lba[_lastSlot] == lba) return _lastSlot;
        for (int i = 0; i < _data.Length; i++)
            if (_lba[i] == lba) return _lastSlot = i;
        return -1;
    }

    // The least recently used slot, written back first if dirty; -1 on a device error.
    private int Victim()
    {
        int victim = -1;
        for (int i = 0; i < _data.Length; i++)
        {
            if (_lba[i] == NoSector) { victim = i; break; }
            if (victim < 0 || _lastUse[i] < _lastUse[victim]) victim = i;
        }
        if (_dirty[victim] && !WriteBack(victim)) return -1;
        return victim;
    }

    private bool WriteBack(int slot)
    {
        if (!_device.WriteSectors(_lba[slot], 1, _data[slot])) return false;
        _dirty[slot] = false;
        SectorsWritten++;
        return true;
    }
}
