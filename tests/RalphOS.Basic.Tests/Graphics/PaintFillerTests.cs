// PAINT: fills exactly the 4-connected area around the start that is not the border
// colour, leaves the border and everything outside untouched, does not leak through a
// diagonal gap, and handles a whole screen and a maze without recursion.
using RalphOS.Basic.Graphics;
using RalphOS.Basic.Host;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests.Graphics;

public class PaintFillerTests
{
    [Fact]
    public void InsideABoxStopsAtTheBorder()
    {
        var fb = new MemoryFramebuffer(7, 7);
        BoxRasterizer.Outline(fb, 1, 1, 5, 5, 4);
        fb.SetPixel(0, 0, 9);
        Assert.Equal(9, PaintFiller.Fill(fb, 3, 3, 2, 4));
        for (int y = 0; y < 7; y++)
            for (int x = 0; x < 7; x++)
            {
                bool inside = x >= 2 && x <= 4 && y >= 2 && y <= 4;
                bool border = !inside && x >= 1 && x <= 5 && y >= 1 && y <= 5;
                int expected = inside ? 2 : border ? 4 : (x == 0 && y == 0 ? 9 : 0);
                Assert.Equal(expected, fb[x, y]);
            }
    }

    [Fact]
    public void OutsideFillsAroundTheShapeOnly()
    {
        var fb = new MemoryFramebuffer(7, 7);
        BoxRasterizer.Outline(fb, 1, 1, 5, 5, 4);
        Assert.Equal(49 - 25, PaintFiller.Fill(fb, 0, 0, 3, 4));
        Assert.Equal(0, fb[3, 3]);
        Assert.Equal(16, fb.Count(4));
    }

    [Fact]
    public void OtherColoursInsideArePaintedOverAndPaintColourDoesNotStopIt()
    {
        var fb = new MemoryFramebuffer(5, 1);
        fb.SetPixel(1, 0, 7);
        fb.SetPixel(2, 0, 2);
        fb.SetPixel(4, 0, 4);
        Assert.Equal(4, PaintFiller.Fill(fb, 0, 0, 2, 4));
        Assert.Equal(new[] { 2, 2, 2, 2, 4 }, new[] { fb[0, 0], fb[1, 0], fb[2, 0], fb[3, 0], fb[4, 0] });
    }

    [Fact]
    public void DiagonalBorderDoesNotLeak()
    {
        var fb = new MemoryFramebuffer(6, 6);
        LineRasterizer.Draw(fb, 0, 5, 5, 0, 1);
        int painted = PaintFiller.Fill(fb, 0, 0, 3, 1);
        Assert.Equal(15, painted);                 // the triangle above the diagonal
        Assert.Equal(0, fb[5, 5]);
    }

    [Fact]
    public void StartOnTheBorderOrOffTheScreenPaintsNothing()
    {
        var fb = new MemoryFramebuffer(4, 4);
        fb.SetPixel(1, 1, 5);
        Assert.Equal(0, PaintFiller.Fill(fb, 1, 1, 2, 5));
        Assert.Equal(0, PaintFiller.Fill(fb, -1, 2, 2, 5));
        Assert.Equal(0, PaintFiller.Fill(fb, 2, 4, 2, 5));
        Assert.Equal(1, fb.PixelWrites);
    }

    [Fact]
    public void InsideACircleLeavesTheOutsideUntouched()
    {
        var fb = new MemoryFramebuffer(320, 200);
        EllipseRasterizer.Draw(fb, 160, 100, 60, 50, 15);
        int ring = fb.Count(15);
        int painted = PaintFiller.Fill(fb, 160, 100, 4, 15);
        Assert.Equal(painted, fb.Count(4));
        Assert.Equal(ring, fb.Count(15));
        // Close to the area of the ellipse inside the ring: pi * 60 * 50 = 9425.
        Assert.InRange(painted, 9000, 9425);
        Assert.Equal(0, fb[0, 0]);
        Assert.Equal(0, fb[160, 49]);
        Assert.Equal(4, fb[160, 51]);
    }

    [Fact]
    public void WholeScreenAndASerpentineMazeNeedNoRecursion()
    {
        var fb = new MemoryFramebuffer(320, 200);
        Assert.Equal(64000, PaintFiller.Fill(fb, 5, 5, 1, 200));
        // Walls on every other row, with a gap alternating left and right: one path of
        // 100 rows that turns 99 times.
        fb = new MemoryFramebuffer(320, 200);
        for (int y = 1; y < 200; y += 2)
            LineRasterizer.Draw(fb, y % 4 == 1 ? 0 : 1, y, y % 4 == 1 ? 318 : 319, y, 7);
        int walls = fb.Count(7);
        int painted = PaintFiller.Fill(fb, 0, 0, 3, 7);
        Assert.Equal(64000 - walls, painted);
        Assert.Equal(3, fb[0, 198]);
    }
}
