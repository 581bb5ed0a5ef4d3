// DirectoryEntry: the 32-byte FAT directory entry, as named offsets and accessors over a
// sector buffer (FAT spec, "FAT Directory Structure"). FatVolume's directory code reads
// and writes entries only through these, so every field offset lives here.
using System;
using System.Buffers.Binary;

namespace RalphOS.Kernel.FileSystem.Fat;

public static class DirectoryEntry
{
    public const int Size = 32;
    public const int NameLength = 11;
    public const byte EndMarker = 0x00;     // this entry and all after it are free
    public const byte DeletedMarker = 0xE5;
    public const byte KanjiE5Marker = 0x05; // a name whose first byte really is 0xE5

    public const byte ReadOnly = 0x01, Hidden = 0x02, SystemFile = 0x04, VolumeId = 0x08;
    public const byte Directory = 0x10, Archive = 0x20;
    public const byte LongNameAttributes = ReadOnly | Hidden | SystemFile | VolumeId;

    // Windows NT's case bits in the reserved byte: the base or the extension shows in lower case.
    public const byte LowerCaseBase = 0x08, LowerCaseExtension = 0x10;

    private const int AttributesOffset = 11;
    private const int CaseOffset = 12;
    private const int CreateTimeOffset = 14, CreateDateOffset = 16, AccessDateOffset = 18;
    private const int ClusterHighOffset = 20, WriteTimeOffset = 22, WriteDateOffset = 24;
    private const int ClusterLowOffset = 26, FileSizeOffset = 28;

    public static byte Attributes(ReadOnlySpan<byte> entry) => entry[AttributesOffset];
    public static byte CaseFlags(ReadOnlySpan<byte> entry) => entry[CaseOffset];
    public static bool IsLongName(ReadOnlySpan<byte> entry) => (entry[AttributesOffset] & 0x3F) == LongNameAttributes;

    public static uint FirstCluster(ReadOnlySpan<byte> entry) =>
        ((uint)BinaryPrimitives.ReadUInt16LittleEndian(entry.Slice(ClusterHighOffset)) << 16)
        | BinaryPrimitives.ReadUInt16LittleEndian(entry.Slice(ClusterLowOffset));

    public static uint FileSize(ReadOnlySpan<byte> entry) => BinaryPrimitives.ReadUInt32LittleEndian(entry.Slice(FileSizeOffset));
    public static ushort WriteDate(ReadOnlySpan<byte> entry) => BinaryPrimitives.ReadUInt16LittleEndian(entry.Slice(WriteDateOffset));
    public static ushort WriteTime(ReadOnlySpan<byte> entry) => BinaryPrimitives.ReadUInt16LittleEndian(entry.Slice(WriteTimeOffset));

    /// <summary>Fills a fresh short entry: name, attributes, times, cluster and size.</summary>
    public static void Write(Span<byte> entry, ReadOnlySpan<byte> shortName, byte attributes, byte caseFlags,
        uint firstCluster, uint size, ushort date, ushort time)
    {
        entry.Slice(0, Size).Fill(0);
        shortName.Slice(0, NameLength).CopyTo(entry);
        entry[AttributesOffset] = attributes;
        entry[CaseOffset] = caseFlags;
        BinaryPrimitives.WriteUInt16LittleEndian(entry.Slice(CreateTimeOffset), time);
        BinaryPrimitives.WriteUInt16LittleEndian(entry.Slice(CreateDateOffset), date);
        BinaryPrimitives.WriteUInt16LittleEndian(entry.Slice(AccessDateOffset), date);
        SetContent(entry, firstCluster, size, date, time);
    }

    /// <summary>Points an entry at new content: first cluster, size and write time, the
    /// single in-sector update that switches a file from its old chain to its new one.</summary>
    public static void SetContent(Span<byte> entry, uint firstCluster, uint size, ushort date, ushort time)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(entry.Slice(ClusterHighOffset), (ushort)(firstCluster >> 16));
        BinaryPrimitives.WriteUInt16LittleEndian(entry.Slice(ClusterLowOffset), (ushort)firstCluster);
        BinaryPrimitives.WriteUInt32LittleEndian(entry.Slice(FileSizeOffset), size);
        BinaryPrimitives.WriteUInt16LittleEndian(entry.Slice(WriteTimeOffset), time);
        BinaryPrimitives.WriteUInt16LittleEndian(entry.Slice(WriteDateOffset), date);
    }
}
