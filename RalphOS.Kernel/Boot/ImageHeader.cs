// ImageHeader: the settings and segment table the image tool writes into stage 2 (see
// RalphOS.Boot/ImageHeader.cs for the writer). The kernel reads it to find its symbol
// table and its command line.
using System.Runtime.InteropServices;

namespace RalphOS.Kernel.Boot;

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ImageHeader
{
    public const int MaxSegments = 4;
    public const int CommandLineLength = 104;
    public const uint FlagVgaMode13h = 1;

    public fixed byte Magic[8];
    public ushort Version;
    public ushort Size;
    public uint Flags;
    public uint SegmentCount;
    public uint Reserved;
    public ImageSegment Segment0;
    public ImageSegment Segment1;
    public ImageSegment Segment2;
    public ImageSegment Segment3;
    public fixed byte CommandLine[CommandLineLength];

    public ImageSegment* FindSegment(SegmentKind kind)
    {
        fixed (ImageSegment* first = &Segment0)
        {
            for (int i = 0; i < SegmentCount && i < MaxSegments; i++)
            {
                if (first[i].Kind == kind)
                    return first + i;
            }
        }
        return null;
    }
}

internal enum SegmentKind : uint
{
    Kernel = 1,
    Symbols = 2,
    Files = 3,
}

[StructLayout(LayoutKind.Sequential)]
internal struct ImageSegment
{
    public SegmentKind Kind;
    public uint Lba;
    public uint Sectors;
    public uint FileSize;
    public ulong LoadAddress;
    public uint MemorySize;
    public uint Crc32;
}
