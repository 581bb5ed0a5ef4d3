// FatLayout: the geometry of a FAT volume, parsed from its boot sector (the BIOS parameter
// block) and checked value by value, so a random or hostile sector is refused with a clear
// FatError instead of leading the file system past the disk. FatVolume.Mount calls Parse;
// every later sector address the file system computes comes from these checked numbers.
// Field offsets and rules: Microsoft, "FAT: General Overview of On-Disk Format".
using System;
using System.Buffers.Binary;

namespace RalphOS.Kernel.FileSystem.Fat;

public sealed class FatLayout
{
    public const int SectorSize = 512;

    // BPB field offsets (FAT spec, "Boot Sector and BPB Structure").
    private const int JumpOffset = 0;
    private const int BytesPerSectorOffset = 11;
    private const int SectorsPerClusterOffset = 13;
    private const int ReservedSectorsOffset = 14;
    private const int FatCountOffset = 16;
    private const int RootEntryCountOffset = 17;
    private const int TotalSectors16Offset = 19;
    private const int MediaOffset = 21;
    private const int FatSize16Offset = 22;
    private const int TotalSectors32Offset = 32;
    private const int FatSize32Offset = 36;
    private const int RootClusterOffset = 44;
    private const int FsInfoSectorOffset = 48;
    private const int Label16Offset = 43;
    private const int Label32Offset = 71;
    private const int LabelLength = 11;
    private const int SignatureOffset = 510;
    // FAT spec: a volume with fewer than 4085 clusters is FAT12, fewer than 65525 FAT16.
    private const uint MaxFat12Clusters = 4084;
    private const uint MaxFat16Clusters = 65524;
    // FAT spec: FAT32 cluster numbers are 28 bits; 0x0FFFFFF7 and up are reserved.
    private const uint MaxFat32Clusters = 0x0FFFFFF5;

    public FatType Type { get; private set; }
    public int SectorsPerCluster { get; private set; }
    public int BytesPerCluster => SectorsPerCluster * SectorSize;
    public uint ReservedSectors { get; private set; }
    public int FatCount { get; private set; }
    public uint SectorsPerFat { get; private set; }
    public uint RootEntryCount { get; private set; }
    public uint RootDirectorySectors { get; private set; }
    public uint TotalSectors { get; private set; }
    public uint ClusterCount { get; private set; }
    /// <summary>The highest valid cluster number (clusters are numbered from 2).</summary>
    public uint MaxCluster => ClusterCount + 1;
    public uint FirstFatSector => ReservedSectors;
    public uint FirstRootDirectorySector => ReservedSectors + (uint)FatCount * SectorsPerFat;
    public uint FirstDataSector { get; private set; }
    /// <summary>FAT32 only: the root directory's first cluster (0 on FAT12/16).</summary>
    public uint RootCluster { get; private set; }
    /// <summary>FAT32 only: the FSInfo sector (0 when there is none).</summary>
    public uint FsInfoSector { get; private set; }
    public string BootSectorLabel { get; private set; }

    public ulong ClusterToSector(uint cluster) => FirstDataSector + (ulong)(cluster - 2) * (uint)SectorsPerCluster;

    public static FatError Parse(ReadOnlySpan<byte> sector, ulong deviceSectors, out FatLayout layout)
    {
        layout = null;
        if (sector.Length < SectorSize) return FatError.BadBootSector;
        if (sector[SignatureOffset] != 0x55 || sector[SignatureOffset + 1] != 0xAA) return FatError.NoBootSignature;
        if (sector[JumpOffset] != 0xEB && sector[JumpOffset] != 0xE9) return FatError.BadBootSector;
        if (BinaryPrimitives.ReadUInt16LittleEndian(sector.Slice(BytesPerSectorOffset)) != SectorSize)
            return FatError.UnsupportedSectorSize;

        int sectorsPerCluster = sector[SectorsPerClusterOffset];
        if (sectorsPerCluster == 0 || (sectorsPerCluster & (sectorsPerCluster - 1)) != 0) return FatError.BadBootSector;
        uint reserved = BinaryPrimitives.ReadUInt16LittleEndian(sector.Slice(ReservedSectorsOffset));
        int fatCount = sector[FatCountOffset];
        uint rootEntries = BinaryPrimitives.ReadUInt16LittleEndian(sector.Slice(RootEntryCountOffset));
        uint total16 = BinaryPrimitives.ReadUInt16LittleEndian(sector.Slice(TotalSectors16Offset));
        byte media = sector[MediaOffset];
        uint fat16Size = BinaryPrimitives.ReadUInt16LittleEndian(sector.Slice(FatSize16Offset));
        uint total32 = BinaryPrimitives.ReadUInt32LittleEndian(sector.Slice(TotalSectors32Offset));
        uint fat32Size = BinaryPrimitives.ReadUInt32LittleEndian(sector.Slice(FatSize32Offset));

        if (reserved == 0 || fatCount < 1 || fatCount > 4) return FatError.BadBootSector;
        if (media != 0xF0 && media < 0xF8) return FatError.BadBootSector;
        uint total = total16 != 0 ? total16 : total32;
        if (total == 0) return FatError.BadBootSector;
        uint fatSize = fat16Size != 0 ? fat16Size : fat32Size;
        if (fatSize == 0) return FatError.BadBootSector;
        // Each directory entry is 32 bytes; the fixed root occupies whole sectors.
        uint rootSectors = (rootEntries * 32 + SectorSize - 1) / SectorSize;
        ulong firstData = reserved + (ulong)fatCount * fatSize + rootSectors;
        if (firstData >= total) return FatError.BadBootSector;
        uint clusters = (uint)((total - firstData) / (uint)sectorsPerCluster);
        if (clusters == 0 || clusters > MaxFat32Clusters) return FatError.BadBootSector;
        if (total > deviceSectors) return FatError.VolumeLargerThanDisk;

        var result = new FatLayout
        {
            SectorsPerCluster = sectorsPerCluster, ReservedSectors = reserved, FatCount = fatCount,
            SectorsPerFat = fatSize, RootEntryCount = rootEntries, RootDirectorySectors = rootSectors,
            TotalSectors = total, ClusterCount = clusters, FirstDataSector = (uint)firstData,
        };
        result.Type = clusters <= MaxFat12Clusters ? FatType.Fat12 : clusters <= MaxFat16Clusters ? FatType.Fat16 : FatType.Fat32;
        if (result.Type == FatType.Fat32)
        {
            // FAT32 keeps its root in a cluster chain: no fixed root, no 16-bit FAT size.
            if (rootEntries != 0 || fat16Size != 0) return FatError.BadBootSector;
            uint root = BinaryPrimitives.ReadUInt32LittleEndian(sector.Slice(RootClusterOffset)) & 0x0FFFFFFF;
            if (root < 2 || root > result.MaxCluster) return FatError.BadBootSector;
            result.RootCluster = root;
            uint fsInfo = BinaryPrimitives.ReadUInt16LittleEndian(sector.Slice(FsInfoSectorOffset));
            result.FsInfoSector = fsInfo > 0 && fsInfo < reserved ? fsInfo : 0;
        }
        else if (rootEntries == 0)
        {
            return FatError.BadBootSector;
        }
        // The FAT must have an entry for every cluster (plus the two reserved entries).
        ulong fatBits = (ulong)fatSize * SectorSize * 8;
        ulong entryBits = result.Type == FatType.Fat12 ? 12UL : result.Type == FatType.Fat16 ? 16UL : 32UL;
        if (fatBits / entryBits < (ulong)clusters + 2) return FatError.BadBootSector;
        result.BootSectorLabel = ReadLabel(sector.Slice(result.Type == FatType.Fat32 ? Label32Offset : Label16Offset, LabelLength));
        layout = result;
        return FatError.None;
    }

    private static string ReadLabel(ReadOnlySpan<byte> field)
    {
        var chars = new char[field.Length];
        for (int i = 0; i < field.Length; i++)
            chars[i] = field[i] >= 0x20 && field[i] < 0x7F ? (char)field[i] : '?';
        return new string(chars, 0, chars.Length).TrimEnd();
    }
}
