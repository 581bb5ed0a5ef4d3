// LINE ...,B and LINE ...,BF: the outline and the filled rectangle with opposite corners
// (x1,y1) and (x2,y2), in any order, both corners included. Clamped to the screen, so a
// huge box costs only what is visible. Called by the LINE statement.
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Graphics;

public static class BoxRasterizer
{
    public static void Outline(IBasicGraphics screen, int x1, int y1, int x2, int y2, int colour)
    {
        Order(ref x1, ref x2);
        Order(ref y1, ref y2);
        LineRasterizer.HorizontalSpan(screen, x1, x2, y1, colour);
        LineRasterizer.HorizontalSpan(screen, x1, x2, y2, colour);
        LineRasterizer.VerticalSpan(screen, x1, y1, y2, colour);
        LineRasterizer.VerticalSpan(screen, x2, y1, y2, colour);
    }

    public static void Fill(IBasicGraphics screen, int x1, int y1, int x2, int y2, int colour)
    {
        Order(ref x1, ref x2);
        Order(ref y1, ref y2);
        if (!ScreenClip.ClampSpan(ref y1, ref y2, screen.Height)) return;
        for (int y = y1; y <= y2; y++) LineRasterizer.HorizontalSpan(screen, x1, x2, y, colour);
    }

    private static void Order(ref int a, ref int b)
    {
        if (a > b) (a, b) = (b, a);
    }
}
