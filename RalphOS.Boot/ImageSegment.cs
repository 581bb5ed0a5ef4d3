// ImageSegment: one 32-byte segment record of the image header.
//
// Layout (little-endian): u32 kind, u32 lba, u32 sectors, u32 file_size, u64 load_addr,
// u32 mem_size, u32 crc32. ImageHeader reads and writes it; ImageBuilder fills it in.
using System;
using System.Buffers.Binary;

namespace RalphOS.Boot;

public sealed class ImageSegment
{
    public const int RecordBytes = 32;
    private const int KindOffset = 0;
    private const int LbaOffset = 4;
    private const int SectorsOffset = 8;
    private const int FileSizeOffset = 12;
    private const int LoadAddressOffset = 16;
    private const int MemorySizeOffset = 24;
    private const int Crc32Offset = 28;

    public SegmentKind Kind { get; set; }
    public uint Lba { get; set; }
    public uint Sectors { get; set; }
    public uint FileSize { get; set; }
    public ulong LoadAddress { get; set; }
    public uint MemorySize { get; set; }
    public uint Crc32 { get; set; }

    public ulong MemoryEnd => LoadAddress + MemorySize;

    public void WriteTo(Span<byte> record)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(record.Slice(KindOffset), (uint)Kind);
        BinaryPrimitives.WriteUInt32LittleEndian(record.Slice(LbaOffset), Lba);
        BinaryPrimitives.WriteUInt32LittleEndian(record.Slice(SectorsOffset), Sectors);
        BinaryPrimitives.WriteUInt32LittleEndian(record.Slice(FileSizeOffset), FileSize);
        BinaryPrimitives.WriteUInt64LittleEndian(record.Slice(LoadAddressOffset), LoadAddress);
        BinaryPrimitives.WriteUInt32LittleEndian(record.Slice(MemorySizeOffset), MemorySize);
        BinaryPrimitives.WriteUInt32LittleEndian(record.Slice(Crc32Offset), Crc32);
    }

    public static ImageSegment ReadFrom(ReadOnlySpan<byte> record) => new ImageSegment
    {
        Kind = (SegmentKind)BinaryPrimitives.ReadUInt32LittleEndian(record.Slice(KindOffset)),
        Lba = BinaryPrimitives.ReadUInt32LittleEndian(record.Slice(LbaOffset)),
        Sectors = BinaryPrimitives.ReadUInt32LittleEndian(record.Slice(SectorsOffset)),
        FileSize = BinaryPrimitives.ReadUInt32LittleEndian(record.Slice(FileSizeOffset)),
        LoadAddress = BinaryPrimitives.ReadUInt64LittleEndian(record.Slice(LoadAddressOffset)),
        MemorySize = BinaryPrimitives.ReadUInt32LittleEndian(record.Slice(MemorySizeOffset)),
        Crc32 = BinaryPrimitives.ReadUInt32LittleEndian(record.Slice(Crc32Offset)),
    };
}
