// Sessions without a screen (telnet, spawned programs: NoGraphics) and a screen another
// program holds: every graphics statement reports "Screen unavailable" (error 77), which
// ON ERROR can trap; SCREEN 0, CLS and COLOR still work in text mode.
using RalphOS.Basic.Host;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests.Graphics;

public class NoScreenTests
{
    [Theory]
    [InlineData("SCREEN 13")]
    [InlineData("PSET (1, 1)")]
    [InlineData("PRESET (1, 1)")]
    [InlineData("LINE (0, 0)-(5, 5)")]
    [InlineData("CIRCLE (5, 5), 3")]
    [InlineData("PAINT (5, 5)")]
    [InlineData("X = POINT(1, 1)")]
    public void EveryGraphicsStatementSaysTheScreenIsUnavailable(string statement)
    {
        string output = new Session().Run($"10 {statement}\n");
        Assert.Equal("Screen unavailable in 10\n", output);
    }

    [Fact]
    public void TextModeStatementsStillWork()
    {
        string output = new Session().Run("10 SCREEN 0\n20 COLOR 7\n30 PRINT \"text\"\n");
        Assert.Equal("text\n", output);
    }

    [Fact]
    public void TheErrorIsTrappable()
    {
        string output = new Session().Run("10 ON ERROR GOTO 100\n20 SCREEN 13\n30 END\n100 PRINT \"no screen, error\"; ERR\n110 RESUME NEXT\n");
        Assert.Equal("no screen, error 77 \n", output);
    }

    [Fact]
    public void DirectModeSaysSoToo()
    {
        var s = new Session();
        Assert.Equal("Screen unavailable\n", s.Type("PSET (1, 1)"));
    }

    [Fact]
    public void ScreenHeldByAnotherProgramIsUnavailable()
    {
        var screen = new MemoryFramebuffer { Available = false };
        string output = new Session(graphics: screen).Run("10 SCREEN 13\n");
        Assert.Equal("Screen unavailable in 10\n", output);
        Assert.Equal(0, screen.EnterCount);
    }
}
