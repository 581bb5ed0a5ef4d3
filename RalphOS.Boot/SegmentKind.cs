// SegmentKind: what a segment of the disk image holds (the u32 "kind" of a segment record).
namespace RalphOS.Boot;

public enum SegmentKind : uint
{
    Kernel = 1,
    Symbols = 2,
    Files = 3,
}
