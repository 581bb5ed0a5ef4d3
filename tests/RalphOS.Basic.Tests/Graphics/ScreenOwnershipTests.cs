// Who holds the screen: a program that switches to graphics gives the screen back when it
// ends in any way (END, its last line, an error, STOP, Ctrl-C) or says SCREEN 0; CONT of a
// program stopped in graphics takes it again; at the prompt SCREEN 13 keeps it until
// SCREEN 0, RUN, NEW, LOAD or SYSTEM.
using RalphOS.Basic.Host;
using RalphOS.Basic.Repl;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests.Graphics;

public class ScreenOwnershipTests
{
    private readonly MemoryFramebuffer _screen = new MemoryFramebuffer();
    private readonly Session _session;

    public ScreenOwnershipTests() { _session = new Session(graphics: _screen); }

    [Theory]
    [InlineData("10 SCREEN 13\n20 PSET (1, 1)\n30 END\n")]
    [InlineData("10 SCREEN 13\n20 PSET (1, 1)\n")]
    [InlineData("10 SCREEN 13\n20 PSET (1, 1): PSET (2, 2), 999\n")]
    [InlineData("10 SCREEN 13\n20 PSET (1, 1): ERROR 5\n")]
    public void EndingTheProgramGivesTheScreenBack(string program)
    {
        _session.Run(program);
        Assert.Equal(1, _screen.EnterCount);
        Assert.Equal(1, _screen.LeaveCount);
        Assert.False(_screen.IsHeld);
        Assert.Equal(15, _screen[1, 1]);         // the picture is still there to look at
    }

    [Fact]
    public void ScreenZeroGivesItBackAtOnce()
    {
        _session.Run("10 SCREEN 13\n20 SCREEN 0\n30 PRINT \"text\"\n");
        Assert.Equal(1, _screen.LeaveCount);
        Assert.Equal(0, _session.Repl.Machine.ScreenMode);
    }

    [Fact]
    public void BreakGivesItBackAndContTakesItAgain()
    {
        _session.Repl.Machine.PollInterval = 16;
        _session.Console.BreakOnPoll = 3;
        _session.Run("10 SCREEN 13\n20 PSET (2, 2), 9\n30 IF I < 200 THEN I = I + 1: GOTO 30\n40 PSET (3, 3), 8\n");
        Assert.Contains("Break in 30", _session.Console.Output);
        Assert.False(_screen.IsHeld);
        Assert.Equal(1, _screen.LeaveCount);
        _session.Type("CONT");
        Assert.Equal(2, _screen.EnterCount);
        Assert.Equal(9, _screen[2, 2]);          // CONT does not clear the picture
        Assert.Equal(8, _screen[3, 3]);
        Assert.False(_screen.IsHeld);
    }

    [Fact]
    public void StopThenContWhenTheScreenIsGoneSaysSo()
    {
        _session.Run("10 SCREEN 13\n20 STOP\n30 PSET (1, 1)\n");
        _screen.Available = false;
        Assert.Equal("Screen unavailable\n", _session.Type("CONT"));
    }

    [Fact]
    public void ContOfATextProgramDoesNotTakeTheScreen()
    {
        _session.Run("10 STOP\n20 PRINT \"done\"\n");
        _session.Type("CONT");
        Assert.Equal(0, _screen.EnterCount);
    }

    [Fact]
    public void AtThePromptTheScreenStaysUntilNew()
    {
        _session.Type("SCREEN 13");
        _session.Type("PSET (4, 4), 12");
        Assert.True(_screen.IsHeld);
        Assert.Equal(12, _screen[4, 4]);
        _session.Type("NEW");
        Assert.False(_screen.IsHeld);
    }

    [Fact]
    public void RunAndSystemGiveTheScreenBack()
    {
        _session.Type("SCREEN 13");
        _session.Type("10 PRINT POINT(1, 1)", "RUN");
        Assert.Contains("Illegal function call in 10", _session.Console.Output);
        Assert.False(_screen.IsHeld);
        _session.Type("SCREEN 13");
        Assert.Equal(ReplStatus.Exit, _session.Repl.Handle("SYSTEM"));
        Assert.False(_screen.IsHeld);
    }

    [Fact]
    public void LoadGivesTheScreenBack()
    {
        _session.Files.Save("pic", "10 PRINT 1\n");
        _session.Type("SCREEN 13");
        _session.Type("LOAD \"pic\"");
        Assert.False(_screen.IsHeld);
    }

    [Fact]
    public void ASpawnedProgramHasNoScreenOfItsOwnOnTheHost()
    {
        var console = new FakeConsole();
        var host = new BasicHost(console, new FakeClock(), null, null, null);
        ProgramRunner.Run(host, "PIC", "10 SCREEN 13\n", new string[0]);
        Assert.Equal("Screen unavailable in 10\n", console.Output);
    }
}
