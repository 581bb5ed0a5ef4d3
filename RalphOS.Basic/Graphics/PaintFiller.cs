// PAINT (x,y),paint,border: fills the area around (x, y) bounded by pixels of the border
// colour (and the screen edge) with the paint colour. Iterative scan-line fill, so no
// recursion and no stack overflow however large or twisted the area: it takes a seed
// pixel, extends it left and right to a span of fillable pixels, fills the span, and
// pushes one seed for each run of fillable pixels in the rows above and below. A bitmap
// of the pixels already filled makes each pixel filled once, even when the paint colour
// already occurs inside the area (GW-BASIC's own fill could stop there). Memory is
// bounded: the bitmap is one bit per pixel, and a filled span pushes at most one seed per
// two of its pixels into each neighbouring row, so fewer than two seeds per pixel in all.
// "Fillable" means on the screen, not the border colour and not yet filled (4-connected:
// a diagonal gap in a border does not leak). Called by the PAINT statement.
using System.Collections.Generic;
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Graphics;

public static class PaintFiller
{
    /// <summary>Fills from (x, y); returns the number of pixels painted (0 when the start is
    /// off the screen or already the border colour).</summary>
    public static int Fill(IBasicGraphics screen, int x, int y, int paint, int border)
    {
        int width = screen.Width, height = screen.Height;
        if ((uint)x >= (uint)width || (uint)y >= (uint)height || screen.GetPixel(x, y) == border) return 0;
        var filled = new ulong[(width * height + 63) / 64];
        var seeds = new Stack<int>();
        seeds.Push(y * width + x);
        int painted = 0;
        while (seeds.Count > 0)
        {
            int seed = seeds.Pop();
            int sy = seed / width, sx = seed % width;
            if (!Fillable(screen, filled, sx, sy, border)) continue;
            int left = sx, right = sx;
            while (left > 0 && Fillable(screen, filled, left - 1, sy, border)) left--;
            while (right < width - 1 && Fillable(screen, filled, right + 1, sy, border)) right++;
            for (int px = left; px <= right; px++)
            {
                screen.SetPixel(px, sy, paint);
                int bit = sy * width + px;
                filled[bit >> 6] |= 1UL << (bit & 63);
            }
            painted += right - left + 1;
            if (sy > 0) PushRuns(screen, filled, seeds, left, right, sy - 1, border);
            if (sy < height - 1) PushRuns(screen, filled, seeds, left, right, sy + 1, border);
        }
        return painted;
    }

    /// <summary>Pushes the first pixel of each run of fillable pixels in row y, left..right.</summary>
    private static void PushRuns(IBasicGraphics screen, ulong[] filled, Stack<int> seeds, int left, int right, int y, int border)
    {
        bool inRun = false;
        for (int x = left; x <= right; x++)
        {
            bool fillable = Fillable(screen, filled, x, y, border);
            if (fillable && !inRun) seeds.Push(y * screen.Width + x);
            inRun = fillable;
        }
    }

    private static bool Fillable(IBasicGraphics screen, ulong[] filled, int x, int y, int border)
    {
        int bit = y * screen.Width + x;
        return (filled[bit >> 6] & (1UL << (bit & 63))) == 0 && screen.GetPixel(x, y) != border;
    }
}
