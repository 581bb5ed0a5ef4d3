// CIRCLE: the midpoint ellipse algorithm (Bresenham/Pitteway, integer only). It walks one
// quadrant from the top (0, ry) to the side (rx, 0), stepping x while the curve is flatter
// than 45 degrees and y after that, and picks at each step the pixel whose midpoint lies
// nearer the true curve (the sign of the decision value d, kept multiplied by 4 so it
// stays an integer). The other quadrants are mirror images, so the figure is symmetric
// about both axes through the centre and 8-connected (closed). Arcs keep the pixels whose
// angle lies between the start and end angles. Radii are at most 32767, which keeps every
// product below 2^63. Called by the CIRCLE statement.
using System.Collections.Generic;
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Graphics;

public static class EllipseRasterizer
{
    public const int MaxRadius = 32767;
    private const double TwoPi = 2 * System.Math.PI;
    /// <summary>Tolerance for a pixel exactly at the start or end angle.</summary>
    private const double AngleSlack = 1e-9;

    /// <summary>The pixels of one quadrant (x, y &gt;= 0, y pointing up), from (0, ry) to
    /// (rx, 0). A zero radius gives a straight line (or the single point (0, 0)).</summary>
    public static void QuadrantPoints(int rx, int ry, List<int> xs, List<int> ys)
    {
        if (rx == 0 || ry == 0)
        {
            for (int i = 0; i <= rx; i++) { xs.Add(i); ys.Add(0); }
            for (int i = 1; i <= ry; i++) { xs.Add(0); ys.Add(i); }
            return;
        }
        long a2 = (long)rx * rx, b2 = (long)ry * ry;
        long x = 0, y = ry;
        long stepX = 0, stepY = 2 * a2 * y;          // 2 b^2 x and 2 a^2 y, the slope terms
        long d = 4 * b2 - 4 * a2 * ry + a2;          // 4 (b^2 - a^2 b + a^2 / 4)
        while (stepX < stepY)
        {
            xs.Add((int)x); ys.Add((int)y);
            x++;
            stepX += 2 * b2;
            if (d < 0) d += 4 * (stepX + b2);
            else
            {
                y--;
                stepY -= 2 * a2;
                d += 4 * (stepX - stepY + b2);
            }
        }
        // 4 (b^2 (x + 1/2)^2 + a^2 (y - 1)^2 - a^2 b^2)
        d = b2 * (2 * x + 1) * (2 * x + 1) + 4 * a2 * (y - 1) * (y - 1) - 4 * a2 * b2;
        while (y >= 0)
        {
            xs.Add((int)x); ys.Add((int)y);
            y--;
            stepY -= 2 * a2;
            if (d > 0) d += 4 * (a2 - stepY);
            else
            {
                x++;
                stepX += 2 * b2;
                d += 4 * (stepX - stepY + a2);
            }
        }
        // A very flat ellipse leaves region 2 before reaching its tip: finish the last row.
        for (long tip = x + 1; tip <= rx; tip++) { xs.Add((int)tip); ys.Add(0); }
    }

    /// <summary>The whole ellipse with centre (cx, cy) and radii rx, ry, clipped.</summary>
    public static void Draw(IBasicGraphics screen, int cx, int cy, int rx, int ry, int colour)
    {
        var xs = new List<int>();
        var ys = new List<int>();
        QuadrantPoints(rx, ry, xs, ys);
        for (int i = 0; i < xs.Count; i++)
        {
            int x = xs[i], y = ys[i];
            ScreenClip.Plot(screen, cx + x, cy - y, colour);
            ScreenClip.Plot(screen, cx - x, cy - y, colour);
            ScreenClip.Plot(screen, cx + x, cy + y, colour);
            ScreenClip.Plot(screen, cx - x, cy + y, colour);
        }
    }

    /// <summary>The arc from angle start to angle end (radians, 0 = east, counter-clockwise,
    /// 0 &lt;= start, end &lt;= 2 pi; start &gt; end goes through 0), with a radius line to the
    /// centre from each end that asks for one (GW-BASIC's negative angles).</summary>
    public static void DrawArc(IBasicGraphics screen, int cx, int cy, int rx, int ry, double start, double end,
        bool startLine, bool endLine, int colour)
    {
        var xs = new List<int>();
        var ys = new List<int>();
        QuadrantPoints(rx, ry, xs, ys);
        for (int i = 0; i < xs.Count; i++)
        {
            int x = xs[i], y = ys[i];
            PlotIfInArc(screen, cx, cy, x, y, rx, ry, start, end, colour);
            PlotIfInArc(screen, cx, cy, -x, y, rx, ry, start, end, colour);
            PlotIfInArc(screen, cx, cy, x, -y, rx, ry, start, end, colour);
            PlotIfInArc(screen, cx, cy, -x, -y, rx, ry, start, end, colour);
        }
        if (startLine) RadiusLine(screen, cx, cy, rx, ry, start, colour);
        if (endLine) RadiusLine(screen, cx, cy, rx, ry, end, colour);
    }

    /// <summary>The angle of a point on the ellipse, measured on the circle it is squashed
    /// from (x / rx, y / ry), in [0, 2 pi).</summary>
    public static double AngleOf(int x, int y, int rx, int ry)
    {
        double a = rx == 0 || ry == 0 ? System.Math.Atan2(y, x) : System.Math.Atan2((double)y * rx, (double)x * ry);
        return a < 0 ? a + TwoPi : a;
    }

    private static void PlotIfInArc(IBasicGraphics screen, int cx, int cy, int x, int y, int rx, int ry,
        double start, double end, int colour)
    {
        double a = AngleOf(x, y, rx, ry);
        bool inside = start <= end
            ? a >= start - AngleSlack && a <= end + AngleSlack
            : a >= start - AngleSlack || a <= end + AngleSlack || a >= TwoPi - AngleSlack;
        if (inside) ScreenClip.Plot(screen, cx + x, cy - y, colour);
    }

    private static void RadiusLine(IBasicGraphics screen, int cx, int cy, int rx, int ry, double angle, int colour)
    {
        int x = (int)System.Math.Round(rx * System.Math.Cos(angle));
        int y = (int)System.Math.Round(ry * System.Math.Sin(angle));
        LineRasterizer.Draw(screen, cx, cy, cx + x, cy - y, colour);
    }
}
