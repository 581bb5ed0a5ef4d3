// ImageHeader: the 256-byte header inside stage2 that tells the loader what to load.
//
// Layout (little-endian, see layout.inc HDR_*): u8[8] magic "RALPHOS\0", u16 version = 1,
// u16 size = 256, u32 flags, u32 segment_count (0..4), u32 reserved, 4 x 32-byte
// ImageSegment records, char[104] NUL-terminated ASCII cmdline. Tools find the header by
// its magic at a 16-byte aligned offset (Find), never by a fixed offset, so stage2 may move
// it. Used by ImageBuilder (build), DiskImage (set, show) and the tests.
using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;

namespace RalphOS.Boot;

public sealed class ImageHeader
{
    public const int Size = 256;
    public const ushort CurrentVersion = 1;
    public const int MaxSegments = 4;
    public const int CmdlineBytes = 104;
    /// <summary>The longest cmdline that still leaves room for its NUL terminator.</summary>
    public const int MaxCmdlineLength = CmdlineBytes - 1;
    public const int Alignment = 16;

    private const int VersionOffset = 8;
    private const int SizeOffset = 10;
    private const int FlagsOffset = 12;
    private const int SegmentCountOffset = 16;
    private const int SegmentsOffset = 24;
    private const int CmdlineOffset = 152;

    private static readonly byte[] _magic = Encoding.ASCII.GetBytes("RALPHOS\0");

    public ImageFlags Flags { get; set; }
    public List<ImageSegment> Segments { get; } = new List<ImageSegment>();
    public string Cmdline { get; set; } = "";

    /// <summary>Offset of the header in a stage2 area, or -1 when the magic is absent.</summary>
    public static int Find(ReadOnlySpan<byte> stage2)
    {
        for (int offset = 0; offset + Size <= stage2.Length; offset += Alignment)
        {
            if (stage2.Slice(offset, _magic.Length).SequenceEqual(_magic))
            {
                return offset;
            }
        }
        return -1;
    }

    public static ImageHeader ReadFrom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Size || !bytes.Slice(0, _magic.Length).SequenceEqual(_magic))
        {
            throw new ImageToolException("no RALPHOS image header found");
        }
        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(VersionOffset));
        ushort size = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(SizeOffset));
        if (version != CurrentVersion || size != Size)
        {
            throw new ImageToolException(
                $"image header version {version} size {size} is not supported (want version {CurrentVersion}, size {Size})");
        }
        uint count = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(SegmentCountOffset));
        if (count > MaxSegments)
        {
            throw new ImageToolException($"image header lists {count} segments, at most {MaxSegments} are allowed");
        }
        var header = new ImageHeader
        {
            Flags = (ImageFlags)BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(FlagsOffset)),
            Cmdline = ReadCmdline(bytes.Slice(CmdlineOffset, CmdlineBytes)),
        };
        for (int index = 0; index < count; index++)
        {
            header.Segments.Add(ImageSegment.ReadFrom(bytes.Slice(SegmentsOffset + index * ImageSegment.RecordBytes)));
        }
        return header;
    }

    /// <summary>Writes all 256 bytes (unused segment records and cmdline bytes become 0).</summary>
    public void WriteTo(Span<byte> bytes)
    {
        if (Segments.Count > MaxSegments)
        {
            throw new ImageToolException($"an image holds at most {MaxSegments} segments");
        }
        ValidateCmdline(Cmdline);
        Span<byte> header = bytes.Slice(0, Size);
        header.Clear();
        _magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(VersionOffset), CurrentVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(SizeOffset), Size);
        BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(FlagsOffset), (uint)Flags);
        BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(SegmentCountOffset), (uint)Segments.Count);
        for (int index = 0; index < Segments.Count; index++)
        {
            Segments[index].WriteTo(header.Slice(SegmentsOffset + index * ImageSegment.RecordBytes));
        }
        Encoding.ASCII.GetBytes(Cmdline).CopyTo(header.Slice(CmdlineOffset));
    }

    /// <summary>Cmdlines are printable ASCII (0x20..0x7E) and at most 103 characters.</summary>
    public static void ValidateCmdline(string cmdline)
    {
        if (cmdline.Length > MaxCmdlineLength)
        {
            throw new ImageToolException($"cmdline is {cmdline.Length} characters, at most {MaxCmdlineLength} fit");
        }
        foreach (char character in cmdline)
        {
            if (character < ' ' || character > '~')
            {
                throw new ImageToolException($"cmdline may contain only printable ASCII characters (found U+{(int)character:X4})");
            }
        }
    }

    private static string ReadCmdline(ReadOnlySpan<byte> field)
    {
        int end = field.IndexOf((byte)0);
        return Encoding.ASCII.GetString(end < 0 ? field : field.Slice(0, end));
    }
}
