// LINE and box rasterization against hand-checked pixel sets, and the properties every
// line must have in all eight octants: both end points, one pixel per step along the
// longer axis, each within half a pixel of the true line, the same pixels reversed.
using System;
using RalphOS.Basic.Graphics;
using RalphOS.Basic.Host;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests.Graphics;

public class LineRasterizerTests
{
    [Fact]
    public void ShallowLineTakesTheNearestPixelInEachColumn()
    {
        // y = 0.4 x: 0, 0.4, 0.8, 1.2, 1.6, 2 round to 0 0 1 1 2 2.
        var fb = new MemoryFramebuffer(6, 3);
        LineRasterizer.Draw(fb, 0, 0, 5, 2, 1);
        Assert.Equal(new[] { "##....", "..##..", "....##" }, Picture.Rows(fb));
    }

    [Fact]
    public void SteepLineTakesTheNearestPixelInEachRow()
    {
        var fb = new MemoryFramebuffer(3, 6);
        LineRasterizer.Draw(fb, 2, 5, 0, 0, 1);
        Assert.Equal(new[] { "#..", "#..", ".#.", ".#.", "..#", "..#" }, Picture.Rows(fb));
    }

    [Fact]
    public void DiagonalHorizontalVerticalAndSinglePoint()
    {
        var fb = new MemoryFramebuffer(4, 4);
        LineRasterizer.Draw(fb, 3, 0, 0, 3, 1);
        Assert.Equal(new[] { "...#", "..#.", ".#..", "#..." }, Picture.Rows(fb));
        fb = new MemoryFramebuffer(4, 4);
        LineRasterizer.Draw(fb, 3, 1, 0, 1, 1);
        LineRasterizer.Draw(fb, 2, 3, 2, 3, 1);
        Assert.Equal(new[] { "....", "####", "....", "..#." }, Picture.Rows(fb));
    }

    [Theory]
    [InlineData(10, 10, 27, 14)]   // octant 0 and, reversed, 4
    [InlineData(10, 10, 14, 27)]   // 1
    [InlineData(10, 10, 6, 27)]    // 2
    [InlineData(10, 10, -7, 14)]   // 3 (clipped at the left edge)
    [InlineData(10, 10, -7, 6)]    // 4
    [InlineData(10, 10, 6, -7)]    // 5
    [InlineData(10, 10, 14, -7)]   // 6
    [InlineData(10, 10, 27, 6)]    // 7
    [InlineData(3, 3, 28, 25)]
    public void EveryOctantMeetsTheLineProperties(int x1, int y1, int x2, int y2)
    {
        var fb = new MemoryFramebuffer(40, 40);
        LineRasterizer.Draw(fb, x1 + 10, y1 + 10, x2 + 10, y2 + 10, 1);
        var set = Picture.Set(fb);
        int dx = x2 - x1, dy = y2 - y1;
        Assert.Contains((x1 + 10, y1 + 10), set);
        Assert.Contains((x2 + 10, y2 + 10), set);
        Assert.Equal(Math.Max(Math.Abs(dx), Math.Abs(dy)) + 1, set.Count);
        foreach (var (x, y) in set)
        {
            // Distance along the minor axis from the true line.
            double error = Math.Abs(dx) >= Math.Abs(dy)
                ? Math.Abs(y - 10 - (y1 + dy * (double)(x - 10 - x1) / dx))
                : Math.Abs(x - 10 - (x1 + dx * (double)(y - 10 - y1) / dy));
            Assert.True(error <= 0.5 + 1e-9, $"({x},{y}) is {error} from the line");
        }
        var reversed = new MemoryFramebuffer(40, 40);
        LineRasterizer.Draw(reversed, x2 + 10, y2 + 10, x1 + 10, y1 + 10, 1);
        Assert.Equal(Picture.Rows(fb), Picture.Rows(reversed));
    }

    [Fact]
    public void LinesOffTheScreenAreClippedWithoutWritingOutside()
    {
        var fb = new MemoryFramebuffer(10, 10);
        LineRasterizer.Draw(fb, -32768, 5, 32767, 5, 3);
        LineRasterizer.Draw(fb, -100, -100, -5, 300, 3);
        Assert.Equal(10, fb.PixelWrites);
        Assert.Equal(10, fb.Count(3));
    }

    [Fact]
    public void BoxOutlineAndFilledBoxCoverTheirCorners()
    {
        var fb = new MemoryFramebuffer(5, 5);
        BoxRasterizer.Outline(fb, 3, 3, 1, 1, 1);
        Assert.Equal(new[] { ".....", ".###.", ".#.#.", ".###.", "....." }, Picture.Rows(fb));
        fb = new MemoryFramebuffer(5, 5);
        BoxRasterizer.Fill(fb, 1, 3, 3, 1, 1);
        Assert.Equal(new[] { ".....", ".###.", ".###.", ".###.", "....." }, Picture.Rows(fb));
    }

    [Fact]
    public void HugeFilledBoxTouchesOnlyTheScreen()
    {
        var fb = new MemoryFramebuffer(8, 6);
        BoxRasterizer.Fill(fb, -32768, -32768, 32767, 32767, 2);
        Assert.Equal(48, fb.PixelWrites);
        BoxRasterizer.Outline(fb, -1, -1, 8, 6, 5);
        Assert.Equal(0, fb.Count(5));
    }
}
