// REPL commands: line entry and deletion, RUN, LIST, NEW, DELETE, RENUM, LOAD, SAVE,
// FILES, CONT after STOP and after Ctrl-C, direct statements and prompts.
using RalphOS.Basic.Repl;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests;

public class ReplTests
{
    [Fact]
    public void StartPrintsBannerAndPrompt()
    {
        var s = new Session();
        s.Repl.Start();
        Assert.StartsWith(BasicRepl.Banner + "\n", s.Console.Output);
        Assert.EndsWith("bytes free\n> ", s.Console.Output);
    }

    [Fact]
    public void FeedLinePrintsPromptAfterOutput()
    {
        var s = new Session();
        s.Repl.FeedLine("PRINT 1;");
        Assert.Equal(" 1 \n> ", s.Console.Output);
    }

    [Fact]
    public void NumberedLinesAreStoredSortedAndListed()
    {
        var s = new Session();
        s.Type("20 print \"b\"", "10 print \"a\"", "30 x=1");
        Assert.Equal("10 PRINT \"a\"\n20 PRINT \"b\"\n30 X=1\n", s.Type("LIST"));
        Assert.Equal("a\nb\n", s.Type("RUN"));
    }

    [Fact]
    public void BareLineNumberDeletesTheLine()
    {
        var s = new Session();
        s.Type("10 PRINT 1", "20 PRINT 2", "10");
        Assert.Equal("20 PRINT 2\n", s.Type("LIST"));
    }

    [Fact]
    public void ListTakesRanges()
    {
        var s = new Session();
        s.Type("10 A=1", "20 A=2", "30 A=3", "40 A=4");
        Assert.Equal("20 A=2\n30 A=3\n", s.Type("LIST 20-30"));
        Assert.Equal("10 A=1\n20 A=2\n", s.Type("LIST -20"));
        Assert.Equal("30 A=3\n40 A=4\n", s.Type("LIST 30-"));
        Assert.Equal("40 A=4\n", s.Type("LIST 40"));
    }

    [Fact]
    public void RunFromALine()
    {
        var s = new Session();
        s.Type("10 PRINT \"A\"", "20 PRINT \"B\"");
        Assert.Equal("B\n", s.Type("RUN 20"));
        Assert.Equal("Undefined line number\n", s.Type("RUN 15"));
    }

    [Fact]
    public void NewForgetsProgramAndVariables()
    {
        var s = new Session();
        s.Type("10 PRINT 1", "X = 5");
        s.Type("NEW");
        Assert.Equal("", s.Type("LIST"));
        Assert.Equal(" 0 \n", s.Type("PRINT X"));
    }

    [Fact]
    public void DeleteRemovesARange()
    {
        var s = new Session();
        s.Type("10 A=1", "20 A=2", "30 A=3");
        s.Type("DELETE 10-20");
        Assert.Equal("30 A=3\n", s.Type("LIST"));
        Assert.Equal("Illegal function call\n", s.Type("DELETE"));
    }

    [Fact]
    public void RenumRewritesReferences()
    {
        var s = new Session();
        s.Type("5 GOSUB 7", "7 IF X THEN 9 ELSE 5", "9 ON X GOTO 5, 7, 9 : RESTORE 9 : GO TO 7");
        s.Type("RENUM");
        Assert.Equal("10 GOSUB 20\n20 IF X THEN 30 ELSE 10\n30 ON X GOTO 10, 20, 30 : RESTORE 30 : GO TO 20\n", s.Type("LIST"));
        s.Type("RENUM 100, 20, 5");
        Assert.Equal("10 GOSUB 100\n100 IF X THEN 105 ELSE 10\n105 ON X GOTO 10, 100, 105 : RESTORE 105 : GO TO 100\n", s.Type("LIST"));
    }

    [Fact]
    public void RenumReportsMissingTargets()
    {
        var s = new Session();
        s.Type("10 GOTO 99");
        Assert.Equal("Undefined line 99 in 10\n", s.Type("RENUM"));
    }

    [Fact]
    public void SaveLoadAndFiles()
    {
        var s = new Session();
        s.Type("10 PRINT \"SAVED\"", "SAVE \"demo\"", "NEW");
        Assert.Equal("DEMO.BAS\n", s.Type("FILES"));
        s.Type("LOAD \"demo\"");
        Assert.Equal("SAVED\n", s.Type("RUN"));
        Assert.Equal("File not found\n", s.Type("LOAD \"nothing\""));
        Assert.Equal("SAVED\n", s.Type("RUN \"demo.bas\""));
    }

    [Fact]
    public void LoadFindsEmbeddedPrograms()
    {
        var s = new Session();
        s.Files.Save("hello", "10 PRINT \"HI\"\n20 END\n");
        s.Type("LOAD hello");
        Assert.Equal("HI\n", s.Type("RUN"));
    }

    [Fact]
    public void StopThenContResumes()
    {
        var s = new Session();
        s.Type("10 PRINT \"A\"", "20 STOP", "30 PRINT \"B\"");
        Assert.Equal("A\nBreak in 20\n", s.Type("RUN"));
        Assert.Equal(" 0 \n", s.Type("PRINT X"));
        Assert.Equal("Division by zero\n", s.Type("PRINT 1/0"));
        Assert.Equal("B\n", s.Type("CONT"));
        Assert.Equal("Can't continue\n", s.Type("CONT"));
    }

    [Fact]
    public void CtrlCBreaksARunningProgramAndContResumes()
    {
        var s = new Session();
        s.Repl.Machine.PollInterval = 10;
        s.Console.BreakOnPoll = 3;
        s.Type("10 I = I + 1", "20 IF I < 100 THEN 10", "30 PRINT I");
        string output = s.Type("RUN");
        Assert.StartsWith("Break in ", output);
        Assert.Equal(" 100 \n", s.Type("CONT"));
    }

    [Fact]
    public void EditingTheProgramForbidsCont()
    {
        var s = new Session();
        s.Type("10 STOP", "20 PRINT 2", "RUN", "20 PRINT 3");
        Assert.Equal("Can't continue\n", s.Type("CONT"));
    }

    [Fact]
    public void DirectStatementsSeeProgramVariablesAndCanJump()
    {
        var s = new Session();
        s.Type("10 X = 42", "20 END", "100 PRINT \"AT 100\"; X");
        s.Type("RUN");
        Assert.Equal(" 42 \n", s.Type("PRINT X"));
        Assert.Equal("AT 100 42 \n", s.Type("GOTO 100"));
        Assert.Equal(" 1  2  3 \n", s.Type("FOR I = 1 TO 3 : PRINT I; : NEXT : PRINT"));
    }

    [Fact]
    public void DirectModeErrorsHaveNoLineNumber()
    {
        var s = new Session();
        Assert.Equal("Division by zero\n", s.Type("PRINT 1/0"));
        Assert.Equal("Syntax error\n", s.Type("PRINT )"));
    }

    [Fact]
    public void SystemEndsTheSession()
    {
        var s = new Session();
        Assert.Equal(ReplStatus.Exit, s.Repl.FeedLine("SYSTEM"));
        Assert.Equal(ReplStatus.Continue, s.Repl.FeedLine("PRINT"));
    }

    [Fact]
    public void RunningYieldsToTheHostScheduler()
    {
        var s = new Session();
        s.Repl.Machine.PollInterval = 100;
        s.Type("10 FOR I = 1 TO 1000 : NEXT");
        s.Type("RUN");
        Assert.True(s.System.Yields >= 10);
    }

    [Fact]
    public void SeedStatementsReachTheHost()
    {
        var s = new Session();
        s.Files.Save("hello", "10 PRINT \"HI\"\n");
        s.Type("SLEEP 250", "SPAWN \"hello\", \"a\", 2");
        Assert.Equal(new[] { "sleep 250", "spawn HELLO(a,2)" }, s.System.Log.ToArray());
        s.Type("S = SOCKET() : X = LISTEN(S, 8080) : C = ACCEPT(S) : SEND C, \"hi\" : CLOSE C");
        Assert.Equal(new[] { "listen 0 8080", "send 9 hi", "close 9" }, s.Sockets.Log.ToArray());
    }

    [Fact]
    public void TimerAdvancesWithTheMillisecondClock()
    {
        var s = new Session();
        s.Type("T = TIMER");
        s.Clock.Ms += 1500;
        Assert.Equal(" 1.5 \n", s.Type("PRINT TIMER - T"));
    }

    [Fact]
    public void InkeyReturnsWaitingKeys()
    {
        var s = new Session();
        s.Console.AddKey("q");
        Assert.Equal("[q][]\n", s.Type("PRINT \"[\"; INKEY$; \"][\"; INKEY$; \"]\""));
    }
}
