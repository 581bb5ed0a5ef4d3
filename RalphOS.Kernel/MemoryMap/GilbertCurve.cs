// GilbertCurve: a generalized Hilbert curve ("Gilbert" curve) over any width x height
// rectangle: a path that visits every pixel exactly once, each step to a neighbouring pixel,
// so addresses laid along it stay together as compact blobs instead of thin rows. The
// rectangle is cut in two along its longer side (or in three, into a U, when it is closer to
// square), with the cut nudged by one so each part keeps an even length and the path can
// still end next to where the following part begins. MapLayout builds one at start-up and
// keeps both directions as tables; host-tested in RalphOS.Drivers.Tests.
namespace RalphOS.Kernel.MemoryMap;

internal sealed class GilbertCurve
{
    private readonly ushort[] _offsetOfStep;   // step along the curve -> y * width + x
    private readonly ushort[] _stepOfOffset;   // the inverse
    private int _count;

    public GilbertCurve(int width, int height)
    {
        Width = width;
        Height = height;
        _offsetOfStep = new ushort[width * height];
        _stepOfOffset = new ushort[width * height];
        if (width >= height)
            Walk(0, 0, width, 0, 0, height);
        else
            Walk(0, 0, 0, height, width, 0);
    }

    public int Width { get; }
    public int Height { get; }
    public int Length => _offsetOfStep.Length;

    // The pixel (as y * Width + x) at a step of the curve, and the step at a pixel.
    public int OffsetAt(int step) => _offsetOfStep[step];
    public int StepAt(int offset) => _stepOfOffset[offset];
    public int StepAt(int x, int y) => _stepOfOffset[y * Width + x];

    // Fills the rectangle at (x, y) spanned by the major axis (ax, ay) and the minor axis
    // (bx, by); exactly one of ax/ay and one of bx/by is non-zero.
    private void Walk(int x, int y, int ax, int ay, int bx, int by)
    {
        int width = Abs(ax + ay);
        int height = Abs(bx + by);
        int majorX = Sign(ax), majorY = Sign(ay);
        int minorX = Sign(bx), minorY = Sign(by);

        if (height == 1 || width == 1)
        {
            // A single row or column: walk straight along it.
            int stepX = height == 1 ? majorX : minorX;
            int stepY = height == 1 ? majorY : minorY;
            int length = height == 1 ? width : height;
            for (int i = 0; i < length; i++, x += stepX, y += stepY)
                Visit(x, y);
            return;
        }

        int halfAx = HalfDown(ax), halfAy = HalfDown(ay);
        int halfBx = HalfDown(bx), halfBy = HalfDown(by);

        if (2 * width > 3 * height)
        {
            // Long and thin: two halves side by side along the major axis.
            if (Abs(halfAx + halfAy) % 2 == 1 && width > 2)
            {
                halfAx += majorX;
                halfAy += majorY;
            }
            Walk(x, y, halfAx, halfAy, bx, by);
            Walk(x + halfAx, y + halfAy, ax - halfAx, ay - halfAy, bx, by);
            return;
        }

        // Closer to square: up the first half of the minor axis, across, and back down.
        if (Abs(halfBx + halfBy) % 2 == 1 && height > 2)
        {
            halfBx += minorX;
            halfBy += minorY;
        }
        Walk(x, y, halfBx, halfBy, halfAx, halfAy);
        Walk(x + halfBx, y + halfBy, ax, ay, bx - halfBx, by - halfBy);
        Walk(x + (ax - majorX) + (halfBx - minorX), y + (ay - majorY) + (halfBy - minorY),
             -halfBx, -halfBy, -(ax - halfAx), -(ay - halfAy));
    }

    private void Visit(int x, int y)
    {
        int offset = y * Width + x;
        _offsetOfStep[_count] = (ushort)offset;
        _stepOfOffset[offset] = (ushort)_count;
        _count++;
    }

    private static int Abs(int value) => value < 0 ? -value : value;
    private static int Sign(int value) => value > 0 ? 1 : value < 0 ? -1 : 0;

    // Division by two rounding toward minus infinity (so halves of negative axes match
    // the positive case mirrored).
    private static int HalfDown(int value) => value >= 0 ? value / 2 : -((-value + 1) / 2);
}
