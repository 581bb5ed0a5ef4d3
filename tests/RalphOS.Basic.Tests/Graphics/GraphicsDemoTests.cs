// The graphics demos in <repo>/bas draw what they promise on a 320x200 framebuffer, wait
// for a key or their time, and give the screen back when they end.
using System.Collections.Generic;
using System.IO;
using RalphOS.Basic.Host;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests.Graphics;

public class GraphicsDemoTests
{
    private static string Demo(string name) => File.ReadAllText(Path.Combine(RepoPaths.RepoRoot(), "bas", name + ".bas"));

    private static (Session Session, MemoryFramebuffer Screen) RunDemo(string name, params string[] args)
    {
        var screen = new MemoryFramebuffer();
        var session = new Session(graphics: screen);
        var all = new string[args.Length + 1];
        all[0] = name.ToUpperInvariant();
        args.CopyTo(all, 1);
        session.Repl.Machine.Arguments = all;
        Assert.Equal("", session.Run(Demo(name)));
        return (session, screen);
    }

    [Fact]
    public void Mandel13DrawsTheSetInTheHues()
    {
        var (_, s) = RunDemo("mandel13", "0");
        Assert.Equal(0, s[210, 100]);       // c = -0.2: inside the main cardioid
        Assert.Equal(0, s[100, 100]);       // c = -1.41: on the real axis, in the set
        Assert.Equal(35, s[1, 1]);          // c = -2.49 - 1.24i escapes at once: 32 + 3
        Assert.Equal(15, s[0, 0]);          // the white frame
        Assert.Equal(15, s[319, 199]);
        var colours = new HashSet<int>();
        for (int y = 1; y < 199; y++)
            for (int x = 1; x < 319; x++)
            {
                int c = s[x, y];
                Assert.True(c == 0 || (c >= 32 && c < 104), $"colour {c} at ({x},{y})");
                colours.Add(c);
            }
        Assert.True(colours.Count >= 20, $"only {colours.Count} colours");
        Assert.False(s.IsHeld);
    }

    [Fact]
    public void ShapesDrawsThePaletteAndItsFigures()
    {
        var (_, s) = RunDemo("shapes", "0");
        for (int c = 0; c < 256; c++)
            Assert.Equal(c, s[(c % 16) * 8 + 3, (c / 16) * 5 + 2]);
        Assert.Equal(4, s[90, 140]);        // the painted ring
        Assert.Equal(0, s[60, 140]);        // its hole
        Assert.Equal(15, s[100, 140]);      // its outer circle
        Assert.Equal(14, s[210, 150]);      // the ellipse: 50 across
        Assert.Equal(14, s[160, 125]);      // and 25 down
        Assert.Equal(2, s[160, 188]);       // the painted box
        Assert.Equal(32, s[140, 10]);       // the fan's first line
        Assert.False(s.IsHeld);
    }

    [Fact]
    public void DemosWaitTheirTimeOrForAKey()
    {
        var (session, _) = RunDemo("shapes");
        Assert.Equal(100, session.System.Log.FindAll(e => e == "sleep 100").Count);
        var screen = new MemoryFramebuffer();
        var keyed = new Session(graphics: screen);
        keyed.Console.AddKey("x");
        keyed.Run(Demo("shapes"));
        Assert.DoesNotContain("sleep 100", keyed.System.Log);
    }
}
