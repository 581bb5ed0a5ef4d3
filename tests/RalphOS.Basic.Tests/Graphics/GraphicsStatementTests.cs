// The graphics statements as a BASIC program sees them, on a 320x200 framebuffer: default
// colours, COLOR, PSET/PRESET, STEP and the last point, LINE and its boxes, CIRCLE with
// the mode-13h aspect and arcs, PAINT, POINT, rounding, clipping, and the errors.
using RalphOS.Basic.Host;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests.Graphics;

public class GraphicsStatementTests
{
    private static (string Output, MemoryFramebuffer Screen) Draw(string program)
    {
        var screen = new MemoryFramebuffer();
        string output = new Session(graphics: screen).Run(program);
        return (output, screen);
    }

    [Fact]
    public void PsetUsesTheForegroundAndPresetTheBackground()
    {
        var (output, s) = Draw("10 SCREEN 13\n20 PSET (10, 20)\n30 PSET (11, 20), 4\n40 COLOR 2, 1\n50 PSET (12, 20)\n60 PRESET (13, 20)\n70 PRESET (14, 20), 9\n");
        Assert.Equal("", output);
        Assert.Equal(15, s[10, 20]);
        Assert.Equal(4, s[11, 20]);
        Assert.Equal(2, s[12, 20]);
        Assert.Equal(1, s[13, 20]);
        Assert.Equal(9, s[14, 20]);
    }

    [Fact]
    public void ScreenClearsAndClsFillsWithTheBackground()
    {
        var screen = new MemoryFramebuffer();
        screen.SetPixel(5, 5, 7);
        new Session(graphics: screen).Run("10 SCREEN 13\n20 PSET (1, 1), 3\n30 COLOR , 6\n40 CLS\n");
        Assert.Equal(64000, screen.Count(6));
    }

    [Fact]
    public void StepIsRelativeToTheLastPointWhichStartsAtTheCentre()
    {
        var (_, s) = Draw("10 SCREEN 13\n20 PSET STEP (0, 0), 1\n30 PSET (10, 10), 2\n40 PSET STEP (5, -2), 3\n50 PRINT POINT(0); POINT(1)\n");
        Assert.Equal(1, s[160, 100]);
        Assert.Equal(2, s[10, 10]);
        Assert.Equal(3, s[15, 8]);
    }

    [Fact]
    public void PointReturnsColoursAndTheLastPoint()
    {
        var (output, _) = Draw("10 SCREEN 13\n20 PSET (7, 8), 200\n30 PRINT POINT(7, 8); POINT(8, 8); POINT(-1, 0); POINT(320, 0)\n40 PRINT POINT(0); POINT(1); POINT(2); POINT(3)\n");
        Assert.Equal(" 200  0 -1 -1 \n 7  8  7  8 \n", output);
    }

    [Fact]
    public void CoordinatesAreRoundedHalfToEven()
    {
        var (_, s) = Draw("10 SCREEN 13\n20 PSET (2.5, 3.5), 1\n30 PSET (1.4, 1.6), 2\n");
        Assert.Equal(1, s[2, 4]);
        Assert.Equal(2, s[1, 2]);
    }

    [Fact]
    public void LineFromTheLastPointAndStepEnd()
    {
        var (_, s) = Draw("10 SCREEN 13\n20 PSET (0, 0), 1\n30 LINE -(3, 0), 2\n40 LINE (10, 10)-STEP(0, 3), 4\n50 LINE -STEP(2, 0), 5\n");
        Assert.Equal(new[] { 2, 2, 2, 2, 0 }, new[] { s[0, 0], s[1, 0], s[2, 0], s[3, 0], s[4, 0] });
        Assert.Equal(4, s[10, 10]);
        Assert.Equal(4, s[10, 12]);
        Assert.Equal(5, s[10, 13]);
        Assert.Equal(5, s[12, 13]);
        Assert.Equal(0, s[13, 13]);
    }

    [Fact]
    public void LineBoxAndFilledBoxWithDefaultColour()
    {
        var (_, s) = Draw("10 SCREEN 13\n20 LINE (10, 10)-(20, 15), , B\n30 LINE (30, 10)-(40, 15), 3, BF\n");
        Assert.Equal(15, s[10, 10]);
        Assert.Equal(15, s[20, 15]);
        Assert.Equal(0, s[15, 12]);
        Assert.Equal(2 * 11 + 2 * 6 - 4, s.Count(15));
        Assert.Equal(66, s.Count(3));
    }

    [Fact]
    public void CircleHasTheModeThirteenAspect()
    {
        // Radius 60 across; 60 * 5/6 = 50 down (round on a 4:3 monitor).
        var (_, s) = Draw("10 SCREEN 13\n20 CIRCLE (160, 100), 60, 4\n30 PRINT POINT(0); POINT(1)\n");
        Assert.Equal(4, s[220, 100]);
        Assert.Equal(4, s[100, 100]);
        Assert.Equal(4, s[160, 50]);
        Assert.Equal(4, s[160, 150]);
        Assert.Equal(0, s[160, 49]);
        Assert.Equal(0, s[221, 100]);
    }

    [Fact]
    public void CircleAspectArcsAndRadiusLines()
    {
        var (output, s) = Draw("10 SCREEN 13\n20 CIRCLE (50, 50), 20, 4, 0, 1.5708, 1\n30 CIRCLE (150, 50), 20, 5, -1.5708, -3.14159, 1\n40 CIRCLE (250, 50), 10, 6, , , 2\n");
        Assert.Equal("", output);
        Assert.Equal(4, s[70, 50]);
        Assert.Equal(4, s[50, 30]);
        Assert.Equal(0, s[30, 50]);
        Assert.Equal(0, s[50, 70]);
        Assert.Equal(5, s[150, 40]);     // radius line up
        Assert.Equal(5, s[140, 50]);     // radius line left
        Assert.Equal(5, s[130, 50]);
        Assert.Equal(0, s[170, 50]);     // outside the arc
        Assert.Equal(6, s[250, 40]);     // aspect 2: r is the vertical radius, 5 across
        Assert.Equal(6, s[255, 50]);
        Assert.Equal(0, s[256, 50]);
    }

    [Fact]
    public void PaintFillsInsideACircleDrawnFromBasic()
    {
        var (_, s) = Draw("10 SCREEN 13\n20 CIRCLE (100, 100), 30, 14\n30 PAINT (100, 100), 1, 14\n40 PAINT (0, 0), 2, 14\n");
        Assert.Equal(1, s[100, 100]);
        Assert.Equal(2, s[0, 0]);
        Assert.Equal(2, s[319, 199]);
        Assert.Equal(64000, s.Count(1) + s.Count(2) + s.Count(14));
    }

    [Fact]
    public void FiguresPastTheEdgeAreClipped()
    {
        var (output, s) = Draw("10 SCREEN 13\n20 PSET (400, 400), 3\n30 LINE (-1000, -1000)-(1000, 1000), 3\n40 CIRCLE (0, 0), 10000, 3\n50 PRINT \"ok\"\n");
        Assert.Equal("ok\n", output);
        Assert.Equal(3, s[0, 0]);
        Assert.Equal(3, s[199, 199]);
    }

    [Theory]
    [InlineData("PSET (1, 1), 256", "Illegal function call in 20")]
    [InlineData("PSET (1, 1), -1", "Illegal function call in 20")]
    [InlineData("PSET (40000, 1)", "Overflow in 20")]
    [InlineData("CIRCLE (1, 1), -5", "Illegal function call in 20")]
    [InlineData("CIRCLE (1, 1), 5, 1, 7, 1", "Illegal function call in 20")]
    [InlineData("CIRCLE (1, 1), 40000", "Overflow in 20")]
    [InlineData("SCREEN 2", "Illegal function call in 20")]
    [InlineData("PAINT (1, 1), \"x\"", "Type mismatch in 20")]
    [InlineData("LINE (1, 1)-(2, 2), 1, C", "Syntax error in 20")]
    [InlineData("PSET 1, 1", "Syntax error in 20")]
    public void BadArgumentsAreBasicErrors(string statement, string error)
    {
        var (output, _) = Draw($"10 SCREEN 13\n20 {statement}\n");
        Assert.Equal(error + "\n", output);
    }

    [Fact]
    public void DrawingInTextModeIsAnIllegalFunctionCall()
    {
        var (output, _) = Draw("10 PSET (1, 1)\n");
        Assert.Equal("Illegal function call in 10\n", output);
        (output, _) = Draw("10 PRINT POINT(1, 1)\n");
        Assert.Equal("Illegal function call in 10\n", output);
    }

    [Fact]
    public void ColorInTextModeIsAccepted()
    {
        var (output, _) = Draw("10 COLOR 14, 1\n20 PRINT \"fine\"\n");
        Assert.Equal("fine\n", output);
    }

    [Fact]
    public void GraphicsWordsStayUsableAsVariablesInOldPrograms()
    {
        string output = new Session().Run("10 COLOR = 3: POINT = 4\n20 PRINT COLOR + POINT\n");
        Assert.Equal(" 7 \n", output);
    }

    [Fact]
    public void LineInputStillWorks()
    {
        string output = new Session().Run("10 LINE INPUT \"? \"; A$\n20 PRINT A$\n", "a, b");
        Assert.Contains("a, b\n", output);
    }
}
