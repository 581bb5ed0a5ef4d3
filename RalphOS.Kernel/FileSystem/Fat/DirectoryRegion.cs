// DirectoryRegion: where one directory's entries live on disk, as the list of its sectors:
// the fixed root region of FAT12/16, or the clusters of a directory's chain (FAT32's root
// too). FatVolume builds one per lookup (the chain walk is bounded) and addresses entries
// by index, 16 per sector. A directory grows by a cluster at a time (FatVolume.Directories).
using System.Collections.Generic;

namespace RalphOS.Kernel.FileSystem.Fat;

public sealed class DirectoryRegion
{
    public const int EntriesPerSector = FatLayout.SectorSize / DirectoryEntry.Size;
    // FAT spec: a directory holds at most 65536 entries.
    public const int MaxEntries = 65536;

    /// <summary>The directory's first cluster; 0 for the FAT12/16 fixed root.</summary>
    public uint FirstCluster;
    public bool IsRoot;
    /// <summary>Fixed root regions cannot grow; cluster chains can.</summary>
    public bool IsFixed;
    public readonly List<ulong> Sectors = new List<ulong>();
    public readonly List<uint> Clusters = new List<uint>();

    public int EntryCount => Sectors.Count * EntriesPerSector;

    public ulong SectorOf(int entryIndex) => Sectors[entryIndex / EntriesPerSector];

    public static int OffsetOf(int entryIndex) => entryIndex % EntriesPerSector * DirectoryEntry.Size;

    /// <summary>The cluster number a ".." entry stores for this directory (0 means root).</summary>
    public uint ClusterForDotDot => IsRoot ? 0 : FirstCluster;
}
