// Clipping for the rasterizers: GW-BASIC draws figures that reach past the screen edge
// without an error, keeping only the part on the screen. Every rasterizer plots through
// Plot (one pixel) or clamps its spans with ClampSpan.
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Graphics;

public static class ScreenClip
{
    /// <summary>Sets pixel (x, y) when it is on the screen; does nothing otherwise.</summary>
    public static void Plot(IBasicGraphics screen, int x, int y, int colour)
    {
        if ((uint)x < (uint)screen.Width && (uint)y < (uint)screen.Height) screen.SetPixel(x, y, colour);
    }

    /// <summary>Narrows [from, to] (from &lt;= to) to [0, size - 1]; false when nothing is left.</summary>
    public static bool ClampSpan(ref int from, ref int to, int size)
    {
        if (from < 0) from = 0;
        if (to > size - 1) to = size - 1;
        return from <= to;
    }
}
