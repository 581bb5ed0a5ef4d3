// FatVolume.Directories: listing, making and removing directories. A new directory is a
// zeroed cluster holding "." and ".." (FAT spec, "FAT Directory Structure"), linked in
// the FAT and flushed before its entry appears in the parent, so a cut leaves at most a
// lost cluster. Only an empty directory (nothing but "." and "..") can be removed.
using System;
using System.Collections.Generic;

namespace RalphOS.Kernel.FileSystem.Fat;

public sealed partial class FatVolume
{
    private static readonly byte[] DotName = { (byte)'.', 32, 32, 32, 32, 32, 32, 32, 32, 32, 32 };
    private static readonly byte[] DotDotName = { (byte)'.', (byte)'.', 32, 32, 32, 32, 32, 32, 32, 32, 32 };

    /// <summary>The entries of the directory at path, without "." and "..".</summary>
    public FatError List(string path, List<FatFileInfo> entries)
    {
        FatError error = OpenDirectoryPath(path, out DirectoryRegion directory);
        if (error != FatError.None) return error;
        var all = new List<FatFileInfo>();
        error = ReadEntries(directory, all);
        foreach (FatFileInfo entry in all)
            if (entry.Name != "." && entry.Name != "..") entries.Add(entry);
        return error;
    }

    public FatError CreateDirectory(string path)
    {
        FatError error = ResolveParent(path, out DirectoryRegion parent, out string leaf);
        if (error != FatError.None) return error;
        if (!ShortName.IsValidLongName(leaf)) return FatError.BadName;
        error = Find(parent, leaf, out _);
        if (error == FatError.None) return FatError.AlreadyExists;
        if (error != FatError.NotFound) return error;
        error = PrepareForWrite();
        if (error != FatError.None) return error;
        error = MakeShortEntry(parent, leaf, DirectoryEntry.Directory, out byte[] shortEntry, out string longName);
        if (error != FatError.None) return error;
        error = ReserveSlots(parent, 1 + (longName == null ? 0 : LongName.EntriesFor(longName)), out int slot);
        if (error != FatError.None) return error;

        var chain = new List<uint>();
        error = _fat.Allocate(1, chain);
        if (error != FatError.None) return error;
        FatTimestamp.Now(_clock, out ushort date, out ushort time);
        var content = new byte[2 * DirectoryEntry.Size];
        DirectoryEntry.Write(new Span<byte>(content, 0, DirectoryEntry.Size), DotName, DirectoryEntry.Directory, 0, chain[0], 0, date, time);
        DirectoryEntry.Write(new Span<byte>(content, DirectoryEntry.Size, DirectoryEntry.Size), DotDotName, DirectoryEntry.Directory, 0, parent.ClusterForDotDot, 0, date, time);
        error = WriteCluster(chain[0], content);
        if (error != FatError.None) return error;
        if (!Cache.Flush()) return FatError.DeviceError;
        DirectoryEntry.SetContent(shortEntry, chain[0], 0, date, time);
        return WriteEntries(parent, slot, longName, shortEntry);
    }

    public FatError RemoveDirectory(string path)
    {
        FatError error = GetEntry(path, out DirectoryRegion parent, out FatFileInfo entry);
        if (error != FatError.None) return error;
        if (!entry.IsDirectory) return FatError.NotDirectory;
        if (entry.FirstCluster == 0) return FatError.BadName;
        error = OpenDirectory(entry.FirstCluster, out DirectoryRegion directory);
        if (error != FatError.None) return error;
        var inside = new List<FatFileInfo>();
        error = ReadEntries(directory, inside);
        if (error != FatError.None) return error;
        foreach (FatFileInfo child in inside)
            if (child.Name != "." && child.Name != "..") return FatError.DirectoryNotEmpty;
        return DeleteEntry(parent, entry);
    }

    /// <summary>True if path names an existing directory ("" is the root).</summary>
    public bool DirectoryExists(string path) => OpenDirectoryPath(path, out _) == FatError.None;
}
