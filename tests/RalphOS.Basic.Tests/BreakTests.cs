// BreakTests: Ctrl-C during a statement that waits (SLEEP, INPUT, LINE INPUT, ACCEPT,
// RECV$, PING) breaks the program right after that statement, not at the next poll 1024
// statements later; CONT resumes at the next statement after SLEEP and PING and at the same
// one after INPUT, ACCEPT and RECV$.
using System.Linq;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests;

public class BreakTests
{
    private static int Sleeps(Session s) => s.System.Log.Count(entry => entry.StartsWith("sleep"));

    [Fact]
    public void CtrlCDuringASleepLoopBreaksAtThatSleep()
    {
        var s = new Session();
        s.System.OnSleep = ms => { if (Sleeps(s) == 3) s.Console.PressCtrlC(); };
        string output = s.Run("10 SLEEP 100 : GOTO 10\n");
        Assert.Contains("Break in 10", output);
        Assert.Equal(3, Sleeps(s));
    }

    [Fact]
    public void ContAfterABrokenSleepGoesOnWithTheNextStatement()
    {
        var s = new Session();
        s.System.OnSleep = ms => s.Console.PressCtrlC();
        string output = s.Run("10 SLEEP 20000 : PRINT \"AFTER\"\n20 PRINT \"DONE\"\n");
        Assert.Contains("Break in 10", output);
        Assert.DoesNotContain("AFTER", output);
        s.System.OnSleep = null;
        string resumed = s.Type("CONT");
        Assert.Equal("AFTER\nDONE\n", resumed);
        Assert.Equal(1, Sleeps(s));
    }

    [Fact]
    public void CtrlCAtInputBreaksThereAndContAsksAgain()
    {
        var s = new Session();
        s.Console.Responder = _ => { s.Console.PressCtrlC(); return ""; };
        string output = s.Run("10 INPUT A\n20 PRINT \"GOT\"; A\n");
        Assert.Contains("Break in 10", output);
        Assert.DoesNotContain("GOT", output);
        s.Console.AddInput("5");
        Assert.Contains("GOT 5", s.Type("CONT"));
    }

    [Fact]
    public void CtrlCAtLineInputBreaksThere()
    {
        var s = new Session();
        s.Console.Responder = _ => { s.Console.PressCtrlC(); return ""; };
        string output = s.Run("10 LINE INPUT A$\n20 PRINT \"GOT \"; A$\n30 GOTO 10\n");
        Assert.Contains("Break in 10", output);
        Assert.DoesNotContain("GOT", output);
    }

    [Fact]
    public void CtrlCWhileAcceptWaitsBreaksAndContWaitsAgain()
    {
        var s = new Session();
        int waits = 0;
        s.Sockets.OnNothingWaiting = () => { if (++waits == 2) s.Console.PressCtrlC(); };
        string output = s.Run("10 L = SOCKET() : X = LISTEN(L, 80)\n20 C = ACCEPT(L) : IF C < 0 THEN 20\n30 PRINT \"CLIENT\"; C\n40 GOTO 20\n");
        Assert.Contains("CLIENT 109", output); // the fake's handle 9, as programs see it (SocketHandles.HandleBase)
        Assert.Contains("Break in 20", output);
        Assert.Equal(2, waits);
        int waitsAfterCont = 0;
        s.Sockets.OnNothingWaiting = () => { waitsAfterCont++; s.Console.PressCtrlC(); };
        Assert.Equal("Break in 20\n", s.Type("CONT"));
        Assert.Equal(1, waitsAfterCont);
    }

    [Fact]
    public void CtrlCWhileRecvWaitsBreaksButKeepsWhatArrived()
    {
        var s = new Session();
        s.Sockets.OnNothingWaiting = () => s.Console.PressCtrlC();
        string output = s.Run("10 L = SOCKET() : X = LISTEN(L, 80) : C = ACCEPT(L)\n20 R$ = RECV$(C) : IF R$ = \"\" THEN 20\n30 PRINT LEFT$(R$, 5)\n40 GOTO 20\n");
        Assert.Contains("GET /", output);
        Assert.Contains("Break in 20", output);
    }

    [Fact]
    public void CtrlCDuringPingBreaksWithoutATimeoutMessage()
    {
        var s = new Session();
        s.Sockets.OnNothingWaiting = () => s.Console.PressCtrlC();
        string output = s.Run("10 PING \"10.9.9.9\"\n20 PRINT \"NEXT\"\n");
        Assert.Contains("Break in 10", output);
        Assert.DoesNotContain("timed out", output);
        Assert.Equal("NEXT\n", s.Type("CONT"));
    }

    [Fact]
    public void ABreakInADirectSleepCannotBeContinued()
    {
        var s = new Session();
        s.System.OnSleep = ms => s.Console.PressCtrlC();
        Assert.Equal("Break\n", s.Type("SLEEP 20000 : PRINT \"AFTER\""));
        Assert.Equal("Can't continue\n", s.Type("CONT"));
    }
}
