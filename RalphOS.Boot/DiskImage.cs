// DiskImage: an existing image file in memory, with its header located.
//
// Load(path) reads the file and finds the header in the stage2 sectors (LBA 1..64) by its
// magic; Header is the parsed copy; Save() writes Header back in place and leaves every
// other byte alone. SegmentBytes(segment) returns a segment's file bytes (for CRC checks).
// Used by SetCommand and ShowCommand.
using System;

namespace RalphOS.Boot;

public sealed class DiskImage
{
    private readonly string _path;
    private readonly byte[] _bytes;
    private readonly int _headerOffset;

    private DiskImage(string path, byte[] bytes, int headerOffset)
    {
        _path = path;
        _bytes = bytes;
        _headerOffset = headerOffset;
        Header = ImageHeader.ReadFrom(bytes.AsSpan(headerOffset, ImageHeader.Size));
    }

    public ImageHeader Header { get; }
    public long Length => _bytes.LongLength;
    public long HeaderOffset => _headerOffset;

    public static DiskImage Load(string path)
    {
        byte[] bytes = ToolFiles.Read(path, "image");
        int stage2Start = BootLayout.Stage2FirstLba * BootLayout.SectorSize;
        if (bytes.Length < stage2Start + ImageHeader.Size)
        {
            throw new ImageToolException($"{path}: too small to be a Ralph OS image ({bytes.Length} bytes)");
        }
        int stage2Length = Math.Min(BootLayout.Stage2MaxBytes, bytes.Length - stage2Start);
        int offset = ImageHeader.Find(bytes.AsSpan(stage2Start, stage2Length));
        if (offset < 0)
        {
            throw new ImageToolException($"{path}: no RALPHOS image header in the stage2 sectors");
        }
        return new DiskImage(path, bytes, stage2Start + offset);
    }

    public void Save()
    {
        Header.WriteTo(_bytes.AsSpan(_headerOffset, ImageHeader.Size));
        ToolFiles.Write(_path, _bytes, "image");
    }

    /// <summary>The segment's file bytes, or null when the image is too short to hold them.</summary>
    public byte[] SegmentBytes(ImageSegment segment)
    {
        long start = (long)segment.Lba * BootLayout.SectorSize;
        if (start + segment.FileSize > _bytes.LongLength)
        {
            return null;
        }
        return _bytes.AsSpan((int)start, (int)segment.FileSize).ToArray();
    }
}
