// FatVolume.Entries: the directory mechanics under every file operation: opening a
// directory's region, reading its entries (long names matched to short entries), finding
// a name, reserving free slots (growing a chain directory by a zeroed cluster), and the
// ordered writes that add, update or remove entries. Each change is flushed sector by
// sector in an order chosen so that a cut between two writes leaves a valid directory.
using System;
using System.Collections.Generic;

namespace RalphOS.Kernel.FileSystem.Fat;

public sealed partial class FatVolume
{
    private FatError OpenRoot(out DirectoryRegion directory)
    {
        if (Layout.Type == FatType.Fat32) return OpenDirectory(Layout.RootCluster, out directory);
        directory = new DirectoryRegion { FirstCluster = 0, IsRoot = true, IsFixed = true };
        for (uint i = 0; i < Layout.RootDirectorySectors; i++)
            directory.Sectors.Add(Layout.FirstRootDirectorySector + i);
        return FatError.None;
    }

    /// <summary>Opens the directory starting at cluster (0, as ".." stores it, is the root).</summary>
    private FatError OpenDirectory(uint cluster, out DirectoryRegion directory)
    {
        directory = null;
        if (cluster == 0 && Layout.Type != FatType.Fat32) return OpenRoot(out directory);
        if (cluster == 0) cluster = Layout.RootCluster;
        var region = new DirectoryRegion { FirstCluster = cluster, IsRoot = Layout.Type == FatType.Fat32 && cluster == Layout.RootCluster };
        FatError error = _fat.WalkChain(cluster, region.Clusters);
        if (error != FatError.None) return error == FatError.CorruptChain ? FatError.CorruptDirectory : error;
        foreach (uint c in region.Clusters)
        {
            ulong first = Layout.ClusterToSector(c);
            for (int s = 0; s < Layout.SectorsPerCluster && region.EntryCount < DirectoryRegion.MaxEntries; s++)
                region.Sectors.Add(first + (ulong)s);
        }
        directory = region;
        return FatError.None;
    }

    /// <summary>Every entry of a directory (files, directories, "." and ".."), skipping
    /// deleted entries and the volume label.</summary>
    private FatError ReadEntries(DirectoryRegion directory, List<FatFileInfo> entries)
    {
        var longName = new LongName.Collector();
        for (int index = 0; index < directory.EntryCount; index++)
        {
            byte[] sector = Cache.Get(directory.SectorOf(index));
            if (sector == null) return FatError.DeviceError;
            var entry = new ReadOnlySpan<byte>(sector, DirectoryRegion.OffsetOf(index), DirectoryEntry.Size);
            if (entry[0] == DirectoryEntry.EndMarker) break;
            if (entry[0] == DirectoryEntry.DeletedMarker) { longName.Reset(); continue; }
            if (DirectoryEntry.IsLongName(entry)) { longName.Add(entry); continue; }
            int longEntries = longName.EntryCount;
            var raw = entry.Slice(0, DirectoryEntry.NameLength).ToArray();
            string name = longName.Finish(raw);
            byte attributes = DirectoryEntry.Attributes(entry);
            if ((attributes & DirectoryEntry.VolumeId) != 0) continue;
            string shortName = ShortName.Format(raw, DirectoryEntry.CaseFlags(entry));
            entries.Add(new FatFileInfo
            {
                Name = name ?? shortName, ShortDisplayName = shortName, ShortName = raw,
                Attributes = attributes, CaseFlags = DirectoryEntry.CaseFlags(entry),
                FirstCluster = DirectoryEntry.FirstCluster(entry), Size = DirectoryEntry.FileSize(entry),
                WriteDate = DirectoryEntry.WriteDate(entry), WriteTime = DirectoryEntry.WriteTime(entry),
                EntryIndex = index, LongEntryCount = name == null ? 0 : longEntries,
            });
        }
        return FatError.None;
    }

    /// <summary>Finds name (long or short, any case) in a directory.</summary>
    private FatError Find(DirectoryRegion directory, string name, out FatFileInfo found)
    {
        found = null;
        var entries = new List<FatFileInfo>();
        FatError error = ReadEntries(directory, entries);
        if (error != FatError.None) return error;
        string wanted = name.ToUpperInvariant();
        foreach (FatFileInfo entry in entries)
        {
            if (entry.Name.ToUpperInvariant() == wanted || entry.ShortDisplayName.ToUpperInvariant() == wanted)
            {
                found = entry;
                return FatError.None;
            }
        }
        return FatError.NotFound;
    }

    private string ReadVolumeLabel(DirectoryRegion root)
    {
        for (int index = 0; index < root.EntryCount; index++)
        {
            byte[] sector = Cache.Get(root.SectorOf(index));
            if (sector == null) return null;
            var entry = new ReadOnlySpan<byte>(sector, DirectoryRegion.OffsetOf(index), DirectoryEntry.Size);
            if (entry[0] == DirectoryEntry.EndMarker) return null;
            if (entry[0] == DirectoryEntry.DeletedMarker || DirectoryEntry.IsLongName(entry)) continue;
            if ((DirectoryEntry.Attributes(entry) & DirectoryEntry.VolumeId) != 0)
                return ShortName.Format(entry.Slice(0, DirectoryEntry.NameLength), 0).Replace(".", "").TrimEnd();
        }
        return null;
    }

    /// <summary>Finds count consecutive free entries, growing a chain directory by zeroed
    /// clusters when it is full (the growth is flushed before anything uses it).</summary>
    private FatError ReserveSlots(DirectoryRegion directory, int count, out int firstIndex)
    {
        firstIndex = -1;
        for (int attempt = 0; attempt < 2 + count; attempt++)
        {
            int run = 0;
            for (int index = 0; index < directory.EntryCount; index++)
            {
                byte[] sector = Cache.Get(directory.SectorOf(index));
                if (sector == null) return FatError.DeviceError;
                byte first = sector[DirectoryRegion.OffsetOf(index)];
                if (first == DirectoryEntry.EndMarker || first == DirectoryEntry.DeletedMarker) run++;
                else run = 0;
                if (run == count)
                {
                    firstIndex = index - count + 1;
                    return FatError.None;
                }
            }
            if (directory.IsFixed || directory.EntryCount + DirectoryRegion.EntriesPerSector * Layout.SectorsPerCluster > DirectoryRegion.MaxEntries)
                return FatError.DirectoryFull;
            FatError error = GrowDirectory(directory);
            if (error != FatError.None) return error;
        }
        return FatError.DirectoryFull;
    }

    private FatError GrowDirectory(DirectoryRegion directory)
    {
        FatError error = PrepareForWrite();
        if (error != FatError.None) return error;
        var added = new List<uint>();
        error = _fat.Allocate(1, added);
        if (error != FatError.None) return error;
        uint cluster = added[0];
        error = WriteCluster(cluster, ReadOnlySpan<byte>.Empty);
        if (error != FatError.None) return error;
        if (!_fat.Set(directory.Clusters[directory.Clusters.Count - 1], cluster)) return FatError.DeviceError;
        if (!Cache.Flush()) return FatError.DeviceError;
        directory.Clusters.Add(cluster);
        ulong firstSector = Layout.ClusterToSector(cluster);
        for (int s = 0; s < Layout.SectorsPerCluster; s++) directory.Sectors.Add(firstSector + (ulong)s);
        return FatError.None;
    }

    /// <summary>Writes the long-name entries and the short entry at firstIndex, the last
    /// sector first: a cut leaves the short entry alone (a valid file), never long-name
    /// entries without their short entry.</summary>
    private FatError WriteEntries(DirectoryRegion directory, int firstIndex, string longName, byte[] shortEntry)
    {
        int longCount = longName == null ? 0 : LongName.EntriesFor(longName);
        int lastIndex = firstIndex + longCount;
        byte checksum = ShortName.Checksum(shortEntry);
        int sectorIndex = lastIndex / DirectoryRegion.EntriesPerSector;
        for (; sectorIndex >= firstIndex / DirectoryRegion.EntriesPerSector; sectorIndex--)
        {
            ulong lba = directory.Sectors[sectorIndex];
            byte[] sector = Cache.Get(lba);
            if (sector == null) return FatError.DeviceError;
            for (int index = firstIndex; index <= lastIndex; index++)
            {
                if (index / DirectoryRegion.EntriesPerSector != sectorIndex) continue;
                var slot = new Span<byte>(sector, DirectoryRegion.OffsetOf(index), DirectoryEntry.Size);
                if (index == lastIndex) new ReadOnlySpan<byte>(shortEntry).CopyTo(slot);
                else LongName.Encode(slot, longName, index - firstIndex, checksum);
            }
            Cache.MarkDirty(lba);
            if (!Cache.Flush()) return FatError.DeviceError;
        }
        return FatError.None;
    }

    /// <summary>Marks an entry and its long-name entries deleted, first sector first: a cut
    /// leaves the long-name entries gone and the short entry whole, never the reverse.</summary>
    private FatError RemoveEntries(DirectoryRegion directory, FatFileInfo entry)
    {
        int firstIndex = entry.EntryIndex - entry.LongEntryCount;
        for (int index = firstIndex; index <= entry.EntryIndex; index++)
        {
            ulong lba = directory.SectorOf(index);
            byte[] sector = Cache.Get(lba);
            if (sector == null) return FatError.DeviceError;
            sector[DirectoryRegion.OffsetOf(index)] = DirectoryEntry.DeletedMarker;
            Cache.MarkDirty(lba);
            bool lastInSector = index == entry.EntryIndex || (index + 1) % DirectoryRegion.EntriesPerSector == 0;
            if (lastInSector && !Cache.Flush()) return FatError.DeviceError;
        }
        return FatError.None;
    }

    /// <summary>Points an existing short entry at new content in one sector write.</summary>
    private FatError SwitchContent(DirectoryRegion directory, FatFileInfo entry, uint firstCluster, uint size)
    {
        ulong lba = directory.SectorOf(entry.EntryIndex);
        byte[] sector = Cache.Get(lba);
        if (sector == null) return FatError.DeviceError;
        FatTimestamp.Now(_clock, out ushort date, out ushort time);
        DirectoryEntry.SetContent(new Span<byte>(sector, DirectoryRegion.OffsetOf(entry.EntryIndex), DirectoryEntry.Size), firstCluster, size, date, time);
        Cache.MarkDirty(lba);
        return Cache.Flush() ? FatError.None : FatError.DeviceError;
    }
}
