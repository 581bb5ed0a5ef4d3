// LINE (x1,y1)-(x2,y2): Bresenham's line through every octant, both end points included,
// one pixel per step along the longer axis. The end points are put in a fixed order first
// so that a line and its reverse cover the same pixels (ties in the error term are then
// broken the same way). Clipped pixel by pixel: coordinates are at most +-65536 apart, so
// a line off the screen costs at most that many steps. Called by the LINE, CIRCLE (radius
// lines) and box rasterizers.
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Graphics;

public static class LineRasterizer
{
    public static void Draw(IBasicGraphics screen, int x1, int y1, int x2, int y2, int colour)
    {
        if (x1 > x2 || (x1 == x2 && y1 > y2))
        {
            (x1, x2) = (x2, x1);
            (y1, y2) = (y2, y1);
        }
        if (y1 == y2)
        {
            HorizontalSpan(screen, x1, x2, y1, colour);
            return;
        }
        long dx = x2 - x1;
        long dy = -System.Math.Abs((long)y2 - y1);
        int sy = y1 < y2 ? 1 : -1;
        long error = dx + dy;
        int x = x1, y = y1;
        while (true)
        {
            ScreenClip.Plot(screen, x, y, colour);
            if (x == x2 && y == y2) return;
            long twice = 2 * error;
            if (twice >= dy) { error += dy; x++; }
            if (twice <= dx) { error += dx; y += sy; }
        }
    }

    /// <summary>Pixels (from..to, y), from &lt;= to, clipped.</summary>
    public static void HorizontalSpan(IBasicGraphics screen, int from, int to, int y, int colour)
    {
        if ((uint)y >= (uint)screen.Height || !ScreenClip.ClampSpan(ref from, ref to, screen.Width)) return;
        for (int x = from; x <= to; x++) screen.SetPixel(x, y, colour);
    }

    /// <summary>Pixels (x, from..to), from &lt;= to, clipped.</summary>
    public static void VerticalSpan(IBasicGraphics screen, int x, int from, int to, int colour)
    {
        if ((uint)x >= (uint)screen.Width || !ScreenClip.ClampSpan(ref from, ref to, screen.Height)) return;
        for (int y = from; y <= to; y++) screen.SetPixel(x, y, colour);
    }
}
