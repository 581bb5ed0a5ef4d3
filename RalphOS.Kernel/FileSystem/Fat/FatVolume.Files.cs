// FatVolume.Files: whole-file operations: read, write (create or overwrite), append,
// delete, rename, and file information. Writes never lose data, by ordering:
//   1. the new content goes to fresh clusters, and the FAT links them (flushed);
//   2. the directory entry switches to the new chain in one sector write (flushed);
//   3. the old chain is freed (flushed).
// A cut before 2 leaves the old file and some lost clusters; after 2, the new file and
// perhaps lost clusters; `fsck.fat -n` finds nothing else (tests/RalphOS.Storage.Tests,
// CrashConsistencyTests, cuts the write sequence after every sector and checks this).
using System;
using System.Collections.Generic;

namespace RalphOS.Kernel.FileSystem.Fat;

public sealed partial class FatVolume
{
    /// <summary>Files are read and written whole, in memory; this bounds one file.</summary>
    public const int MaxFileBytes = 64 * 1024 * 1024;
    private const int MaxSectorsPerTransfer = 128;

    public FatError GetInfo(string path, out FatFileInfo info)
    {
        info = null;
        FatError error = ResolveParent(path, out DirectoryRegion parent, out string leaf);
        return error != FatError.None ? error : Find(parent, leaf, out info);
    }

    public FatError ReadAllBytes(string path, out byte[] data)
    {
        data = null;
        FatError error = GetInfo(path, out FatFileInfo info);
        if (error != FatError.None) return error;
        if (info.IsDirectory) return FatError.IsDirectory;
        if (info.Size > MaxFileBytes) return FatError.FileTooLarge;
        var chain = new List<uint>();
        error = _fat.WalkChain(info.FirstCluster, chain);
        if (error != FatError.None) return error;
        if ((ulong)chain.Count * (uint)Layout.BytesPerCluster < info.Size) return FatError.CorruptChain;
        var content = new byte[info.Size];
        error = ReadChain(chain, content);
        if (error != FatError.None) return error;
        data = content;
        return FatError.None;
    }

    /// <summary>Creates or overwrites path with data; returns only after the data, the FAT
    /// and the directory entry are on the disk. Disk full leaves the old file as it was.</summary>
    public FatError WriteAllBytes(string path, ReadOnlySpan<byte> data)
    {
        if (data.Length > MaxFileBytes) return FatError.FileTooLarge;
        FatError error = ResolveParent(path, out DirectoryRegion parent, out string leaf);
        if (error != FatError.None) return error;
        if (!ShortName.IsValidLongName(leaf)) return FatError.BadName;
        error = Find(parent, leaf, out FatFileInfo existing);
        if (error != FatError.None && error != FatError.NotFound) return error;
        var oldChain = new List<uint>();
        if (existing != null)
        {
            if (existing.IsDirectory) return FatError.IsDirectory;
            if (existing.IsReadOnly) return FatError.ReadOnly;
            error = _fat.WalkChain(existing.FirstCluster, oldChain);
            if (error != FatError.None) return error;
        }
        int clustersNeeded = (data.Length + Layout.BytesPerCluster - 1) / Layout.BytesPerCluster;
        if ((uint)clustersNeeded > _fat.FreeClusters) return FatError.DiskFull;
        error = PrepareForWrite();
        if (error != FatError.None) return error;

        int slot = -1;
        string longName = null;
        byte[] shortEntry = null;
        if (existing == null)
        {
            // Reserve the directory slots first: growing the directory is harmless on its own.
            error = MakeShortEntry(parent, leaf, 0, out shortEntry, out longName);
            if (error == FatError.None) error = ReserveSlots(parent, 1 + (longName == null ? 0 : LongName.EntriesFor(longName)), out slot);
            if (error != FatError.None) return error;
        }

        var newChain = new List<uint>();
        error = _fat.Allocate(clustersNeeded, newChain);
        if (error == FatError.None) error = WriteChain(newChain, data);
        if (error == FatError.None && !Cache.Flush()) error = FatError.DeviceError;
        if (error != FatError.None) return error;

        uint firstCluster = newChain.Count > 0 ? newChain[0] : 0;
        if (existing != null)
        {
            error = SwitchContent(parent, existing, firstCluster, (uint)data.Length);
        }
        else
        {
            DirectoryEntry.SetContent(shortEntry, firstCluster, (uint)data.Length, DirectoryEntry.WriteDate(shortEntry), DirectoryEntry.WriteTime(shortEntry));
            error = WriteEntries(parent, slot, longName, shortEntry);
        }
        if (error != FatError.None) return error;
        return FreeChainAndFlush(oldChain);
    }

    /// <summary>Appends data to path (creating it), by writing the whole new content:
    /// the same old-or-new guarantee as WriteAllBytes.</summary>
    public FatError Append(string path, ReadOnlySpan<byte> data)
    {
        FatError error = ReadAllBytes(path, out byte[] old);
        if (error == FatError.NotFound) return WriteAllBytes(path, data);
        if (error != FatError.None) return error;
        if ((long)old.Length + data.Length > MaxFileBytes) return FatError.FileTooLarge;
        var joined = new byte[old.Length + data.Length];
        new ReadOnlySpan<byte>(old).CopyTo(joined);
        data.CopyTo(new Span<byte>(joined, old.Length, data.Length));
        return WriteAllBytes(path, joined);
    }

    public FatError Delete(string path)
    {
        FatError error = GetEntry(path, out DirectoryRegion parent, out FatFileInfo entry);
        if (error != FatError.None) return error;
        if (entry.IsDirectory) return FatError.IsDirectory;
        if (entry.IsReadOnly) return FatError.ReadOnly;
        return DeleteEntry(parent, entry);
    }

    /// <summary>Renames (or moves, for files) from to to; to must not exist. The old entry
    /// goes first, so a cut leaves at worst lost clusters, never a cross-linked pair.</summary>
    public FatError Rename(string from, string to)
    {
        FatError error = GetEntry(from, out DirectoryRegion oldParent, out FatFileInfo entry);
        if (error != FatError.None) return error;
        error = ResolveParent(to, out DirectoryRegion newParent, out string leaf);
        if (error != FatError.None) return error;
        if (!ShortName.IsValidLongName(leaf)) return FatError.BadName;
        if (entry.IsDirectory && newParent.FirstCluster != oldParent.FirstCluster) return FatError.BadName;
        error = Find(newParent, leaf, out _);
        if (error == FatError.None) return FatError.AlreadyExists;
        if (error != FatError.NotFound) return error;
        error = PrepareForWrite();
        if (error != FatError.None) return error;
        error = MakeShortEntry(newParent, leaf, entry.Attributes, out byte[] shortEntry, out string longName);
        if (error != FatError.None) return error;
        // Same directory: the old entries are still in place while we look for free slots.
        error = ReserveSlots(newParent, 1 + (longName == null ? 0 : LongName.EntriesFor(longName)), out int slot);
        if (error != FatError.None) return error;
        DirectoryEntry.SetContent(shortEntry, entry.FirstCluster, entry.Size, entry.WriteDate, entry.WriteTime);
        error = RemoveEntries(oldParent, entry);
        return error != FatError.None ? error : WriteEntries(newParent, slot, longName, shortEntry);
    }

    private FatError GetEntry(string path, out DirectoryRegion parent, out FatFileInfo entry)
    {
        entry = null;
        FatError error = ResolveParent(path, out parent, out string leaf);
        return error != FatError.None ? error : Find(parent, leaf, out entry);
    }

    /// <summary>Removes an entry, then frees its chain; a corrupt chain is left allocated
    /// (lost clusters) rather than freeing clusters another file may use.</summary>
    private FatError DeleteEntry(DirectoryRegion parent, FatFileInfo entry)
    {
        var chain = new List<uint>();
        bool chainSound = _fat.WalkChain(entry.FirstCluster, chain) == FatError.None;
        FatError error = PrepareForWrite();
        if (error == FatError.None) error = RemoveEntries(parent, entry);
        if (error != FatError.None || !chainSound) return error;
        return FreeChainAndFlush(chain);
    }

    private FatError FreeChainAndFlush(List<uint> chain)
    {
        FatError error = _fat.FreeChain(chain);
        if (error != FatError.None) return error;
        return Cache.Flush() ? FatError.None : FatError.DeviceError;
    }

    /// <summary>A fresh short entry for leaf in a directory: its exact 8.3 form when it has
    /// one, else a numbered basis name unique in the directory plus the long name.</summary>
    private FatError MakeShortEntry(DirectoryRegion directory, string leaf, byte attributes, out byte[] entry, out string longName)
    {
        entry = new byte[DirectoryEntry.Size];
        longName = null;
        var raw = new byte[DirectoryEntry.NameLength];
        FatTimestamp.Now(_clock, out ushort date, out ushort time);
        if (ShortName.TryExact(leaf, raw, out byte caseFlags))
        {
            DirectoryEntry.Write(entry, raw, attributes, caseFlags, 0, 0, date, time);
            return FatError.None;
        }
        var existing = new List<FatFileInfo>();
        FatError error = ReadEntries(directory, existing);
        if (error != FatError.None) return error;
        for (int n = 1; n <= existing.Count + 1; n++)
        {
            ShortName.MakeNumbered(leaf, n, raw);
            bool taken = false;
            foreach (FatFileInfo other in existing)
                if (ShortName.SameName(other.ShortName, raw)) { taken = true; break; }
            if (taken) continue;
            longName = leaf;
            DirectoryEntry.Write(entry, raw, attributes, 0, 0, 0, date, time);
            return FatError.None;
        }
        return FatError.DirectoryFull;
    }
}
