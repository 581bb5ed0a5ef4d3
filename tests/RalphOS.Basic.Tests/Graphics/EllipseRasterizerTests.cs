// CIRCLE rasterization: small circles and ellipses checked by hand, and for many radii the
// properties of a midpoint ellipse: symmetric about both axes, closed (8-connected, each
// pixel with two neighbours or more), every pixel within a pixel of the true curve, and
// arcs that keep exactly the pixels between their angles.
using System;
using System.Collections.Generic;
using RalphOS.Basic.Graphics;
using RalphOS.Basic.Host;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests.Graphics;

public class EllipseRasterizerTests
{
    [Fact]
    public void CircleOfRadiusTwo()
    {
        // x = 1 -> y = sqrt(3) = 1.73 rounds to 2; x = 2 -> y = 0 and, past 45 degrees, y = 1.
        var fb = new MemoryFramebuffer(5, 5);
        EllipseRasterizer.Draw(fb, 2, 2, 2, 2, 1);
        Assert.Equal(new[] { ".###.", "#...#", "#...#", "#...#", ".###." }, Picture.Rows(fb));
    }

    [Fact]
    public void RadiusOneIsADiamondAndZeroAPoint()
    {
        var fb = new MemoryFramebuffer(3, 3);
        EllipseRasterizer.Draw(fb, 1, 1, 1, 1, 1);
        Assert.Equal(new[] { ".#.", "#.#", ".#." }, Picture.Rows(fb));
        fb = new MemoryFramebuffer(3, 3);
        EllipseRasterizer.Draw(fb, 1, 1, 0, 0, 1);
        Assert.Equal(new[] { "...", ".#.", "..." }, Picture.Rows(fb));
    }

    [Fact]
    public void EllipseFourByTwo()
    {
        // x^2/16 + y^2/4 = 1: y(1) = 1.94, y(2) = 1.73, y(3) = 1.32, y(4) = 0.
        var fb = new MemoryFramebuffer(9, 5);
        EllipseRasterizer.Draw(fb, 4, 2, 4, 2, 1);
        Assert.Equal(new[] { "..#####..", ".#.....#.", "#.......#", ".#.....#.", "..#####.." }, Picture.Rows(fb));
    }

    [Fact]
    public void FlatEllipsesReachTheirTips()
    {
        var xs = new List<int>();
        var ys = new List<int>();
        EllipseRasterizer.QuadrantPoints(40, 1, xs, ys);
        Assert.Equal((0, 1), (xs[0], ys[0]));
        Assert.Equal((40, 0), (xs[xs.Count - 1], ys[ys.Count - 1]));
        var fb = new MemoryFramebuffer(9, 1);
        EllipseRasterizer.Draw(fb, 4, 0, 4, 0, 1);
        Assert.Equal(new[] { "#########" }, Picture.Rows(fb));
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(7, 7)]
    [InlineData(20, 20)]
    [InlineData(60, 50)]
    [InlineData(25, 4)]
    [InlineData(4, 25)]
    [InlineData(90, 75)]
    [InlineData(1, 30)]
    public void EllipsesAreSymmetricClosedAndClose(int rx, int ry)
    {
        int size = 2 * Math.Max(rx, ry) + 5, c = size / 2;
        var fb = new MemoryFramebuffer(size, size);
        EllipseRasterizer.Draw(fb, c, c, rx, ry, 1);
        var set = Picture.Set(fb);
        foreach (var (x, y) in set)
        {
            Assert.Contains((2 * c - x, y), set);
            Assert.Contains((x, 2 * c - y), set);
            Assert.True(Picture.Neighbours(set, x, y) >= 2, $"({x},{y}) is an open end");
            Assert.True(NearCurve(x - c, y - c, rx, ry), $"({x},{y}) is off the ellipse");
        }
        Assert.Contains((c + rx, c), set);
        Assert.Contains((c, c - ry), set);
        Assert.DoesNotContain((c + rx + 1, c), set);
    }

    [Fact]
    public void QuarterArcKeepsTheFirstQuadrant()
    {
        var full = new MemoryFramebuffer(41, 41);
        EllipseRasterizer.Draw(full, 20, 20, 15, 15, 1);
        var arc = new MemoryFramebuffer(41, 41);
        EllipseRasterizer.DrawArc(arc, 20, 20, 15, 15, 0, Math.PI / 2, false, false, 1);
        var expected = new HashSet<(int, int)>();
        foreach (var (x, y) in Picture.Set(full))
            if (x >= 20 && y <= 20) expected.Add((x, y));
        Assert.Equal(expected, Picture.Set(arc));
    }

    [Fact]
    public void ArcThroughZeroAndRadiusLines()
    {
        var fb = new MemoryFramebuffer(41, 41);
        EllipseRasterizer.DrawArc(fb, 20, 20, 15, 15, 3 * Math.PI / 2, Math.PI / 2, true, true, 1);
        Assert.Equal(1, fb[35, 20]);             // 0 lies inside an arc from 270 to 90 degrees
        Assert.Equal(0, fb[5, 20]);              // 180 does not
        Assert.Equal(1, fb[20, 28]);             // radius line towards 270 (down on the screen)
        Assert.Equal(1, fb[20, 12]);             // and towards 90 (up)
        Assert.Equal(0, fb[12, 20]);
    }

    // True when some point of the real ellipse lies within one pixel (both axes) of (x, y).
    private static bool NearCurve(int x, int y, int rx, int ry)
    {
        for (int i = 0; i < 4000; i++)
        {
            double a = i * 2 * Math.PI / 4000;
            if (Math.Abs(rx * Math.Cos(a) - x) <= 1 && Math.Abs(ry * Math.Sin(a) - y) <= 1) return true;
        }
        return false;
    }
}
