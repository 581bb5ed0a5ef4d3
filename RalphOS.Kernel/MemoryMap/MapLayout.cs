// MapLayout: which memory the map shows and where: a contiguous range of physical memory
// cut into equal pixels (a power of two bytes each, at least 256), laid along a Gilbert
// curve over the map area, so address -> pixel and pixel -> address are two table lookups.
// The range is chosen at start-up to cover the kernel image through the end of the heap.
// Pure; used by MemoryMapPainter and the tooltip, host-tested in RalphOS.Drivers.Tests.
namespace RalphOS.Kernel.MemoryMap;

internal sealed class MapLayout
{
    public const int Width = 320;
    public const int Height = 192;       // rows 192-199 of mode 13h hold the status line
    private const int MinimumShift = 8;  // 256 bytes a pixel, as the seed's map

    private readonly GilbertCurve _curve;

    // The smallest power-of-two pixel size that fits [start, end) into the map.
    public MapLayout(ulong start, ulong end)
    {
        _curve = new GilbertCurve(Width, Height);
        Start = start;
        int shift = MinimumShift;
        while (((ulong)_curve.Length << shift) < end - start)
            shift++;
        BytesPerPixelShift = shift;
    }

    public ulong Start { get; }
    public int BytesPerPixelShift { get; }
    public ulong BytesPerPixel => 1UL << BytesPerPixelShift;
    public int PixelCount => _curve.Length;
    public ulong End => Start + ((ulong)PixelCount << BytesPerPixelShift);

    public bool Contains(ulong address) => address >= Start && address < End;

    // Step along the curve for an address inside the range.
    public int StepOf(ulong address) => (int)((address - Start) >> BytesPerPixelShift);

    public ulong AddressOfStep(int step) => Start + ((ulong)step << BytesPerPixelShift);

    // Screen offset (y * Width + x) of a step, and the step shown at a screen position.
    public int OffsetOfStep(int step) => _curve.OffsetAt(step);
    public int StepAt(int x, int y) => _curve.StepAt(x, y);

    // The address range [first, end) one pixel of the map stands for.
    public void RangeAt(int x, int y, out ulong first, out ulong end)
    {
        first = AddressOfStep(StepAt(x, y));
        end = first + BytesPerPixel;
    }
}
