// FatVolume: a mounted FAT12/16/32 volume on an IBlockDevice: mount with the boot sector
// checked (FatLayout), the FAT (FatTable) and directory sectors behind a small write-back
// BlockCache, paths resolved from the root ("DIR/SUB/FILE.TXT", '/' or '\'). The file and
// directory operations live in FatVolume.Files.cs, FatVolume.Directories.cs and
// FatVolume.Entries.cs. Callers: the kernel's disk service (BASIC's file store, the
// monitor's `disk`) and the host tests. Errors are FatError values; nothing throws.
using System;
using System.Collections.Generic;
using System.Buffers.Binary;

namespace RalphOS.Kernel.FileSystem.Fat;

public sealed partial class FatVolume
{
    private const int CacheSectors = 64;
    private const int MaxPathDepth = 32;
    // FSInfo (FAT spec, "FAT32 FSInfo Sector Structure"): signatures and the two hints.
    private const uint FsInfoLeadSignature = 0x41615252, FsInfoStructSignature = 0x61417272;
    private const int FsInfoStructOffset = 484, FsInfoFreeCountOffset = 488, FsInfoNextFreeOffset = 492;
    private const uint FsInfoUnknown = 0xFFFFFFFF;

    private readonly IBlockDevice _device;
    private readonly IFatClock _clock;
    private readonly FatTable _fat;
    private bool _fsInfoCleared;

    public FatLayout Layout { get; }
    public BlockCache Cache { get; }
    public string Label { get; private set; }
    public FatType Type => Layout.Type;
    public ulong TotalBytes => (ulong)Layout.ClusterCount * (uint)Layout.BytesPerCluster;
    public ulong FreeBytes => (ulong)_fat.FreeClusters * (uint)Layout.BytesPerCluster;
    public uint FreeClusters => _fat.FreeClusters;

    private FatVolume(IBlockDevice device, IFatClock clock, FatLayout layout)
    {
        _device = device;
        _clock = clock;
        Layout = layout;
        Cache = new BlockCache(device, CacheSectors);
        _fat = new FatTable(layout, Cache);
    }

    /// <summary>Mounts the volume at sector 0 of device; any inconsistency in the boot
    /// sector is refused with its FatError.</summary>
    public static FatError Mount(IBlockDevice device, IFatClock clock, out FatVolume volume)
    {
        volume = null;
        if (device.SectorCount == 0) return FatError.DeviceError;
        var bootSector = new byte[FatLayout.SectorSize];
        if (!device.ReadSectors(0, 1, bootSector)) return FatError.DeviceError;
        FatError error = FatLayout.Parse(bootSector, device.SectorCount, out FatLayout layout);
        if (error != FatError.None) return error;
        var mounted = new FatVolume(device, clock, layout);
        if (!mounted._fat.CountFree()) return FatError.DeviceError;
        error = mounted.OpenRoot(out DirectoryRegion root);
        if (error != FatError.None) return error;
        mounted.Label = mounted.ReadVolumeLabel(root) ?? layout.BootSectorLabel;
        volume = mounted;
        return FatError.None;
    }

    /// <summary>Writes every cached change to the disk.</summary>
    public FatError Flush() => Cache.Flush() ? FatError.None : FatError.DeviceError;

    /// <summary>Splits a path into its components; false when it is too deep.</summary>
    private static bool SplitPath(string path, List<string> parts)
    {
        if (path == null) return false;
        int start = 0;
        for (int i = 0; i <= path.Length; i++)
        {
            if (i < path.Length && path[i] != '/' && path[i] != '\\') continue;
            if (i > start)
            {
                string part = path.Substring(start, i - start).Trim();
                if (part.Length > 0 && part != ".") parts.Add(part);
            }
            start = i + 1;
        }
        return parts.Count <= MaxPathDepth;
    }

    /// <summary>The directory a path names (each component must be a directory).</summary>
    private FatError OpenPath(List<string> parts, int count, out DirectoryRegion directory)
    {
        FatError error = OpenRoot(out directory);
        for (int i = 0; i < count && error == FatError.None; i++)
        {
            error = Find(directory, parts[i], out FatFileInfo entry);
            if (error == FatError.NotFound) return FatError.PathNotFound;
            if (error != FatError.None) return error;
            if (!entry.IsDirectory) return FatError.PathNotFound;
            error = OpenDirectory(entry.FirstCluster, out directory);
        }
        return error;
    }

    /// <summary>The parent directory of path and the last component's name.</summary>
    private FatError ResolveParent(string path, out DirectoryRegion parent, out string leaf)
    {
        parent = null;
        leaf = null;
        var parts = new List<string>();
        if (!SplitPath(path, parts) || parts.Count == 0) return FatError.BadName;
        leaf = parts[parts.Count - 1];
        return OpenPath(parts, parts.Count - 1, out parent);
    }

    /// <summary>The directory a path names ("" or "/" is the root).</summary>
    public FatError OpenDirectoryPath(string path, out DirectoryRegion directory)
    {
        directory = null;
        var parts = new List<string>();
        if (!SplitPath(path, parts)) return FatError.BadName;
        return OpenPath(parts, parts.Count, out directory);
    }

    /// <summary>Before the first change: FSInfo's free count and next-free hint become
    /// "unknown", so no cut can leave them wrong (FAT spec allows 0xFFFFFFFF in both).</summary>
    private FatError PrepareForWrite()
    {
        if (_fsInfoCleared || Layout.FsInfoSector == 0) return FatError.None;
        byte[] sector = Cache.Get(Layout.FsInfoSector);
        if (sector == null) return FatError.DeviceError;
        _fsInfoCleared = true;
        if (BinaryPrimitives.ReadUInt32LittleEndian(sector) != FsInfoLeadSignature
            || BinaryPrimitives.ReadUInt32LittleEndian(new Span<byte>(sector).Slice(FsInfoStructOffset)) != FsInfoStructSignature)
            return FatError.None;
        BinaryPrimitives.WriteUInt32LittleEndian(new Span<byte>(sector).Slice(FsInfoFreeCountOffset), FsInfoUnknown);
        BinaryPrimitives.WriteUInt32LittleEndian(new Span<byte>(sector).Slice(FsInfoNextFreeOffset), FsInfoUnknown);
        Cache.MarkDirty(Layout.FsInfoSector);
        return Flush();
    }
}
