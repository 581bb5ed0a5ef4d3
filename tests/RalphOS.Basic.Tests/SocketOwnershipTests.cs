// SocketOwnershipTests: a session's socket functions work only on handles it opened or
// accepted ("Bad file number", error 52, for any other: never opened, closed, or another
// session's), and RUN, NEW, CLEAR, END and the program's end close its sockets, as
// GW-BASIC closes files; a break, STOP or a direct-mode line keeps them (CONT goes on).
using System.Linq;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests;

public class SocketOwnershipTests
{
    [Theory]
    [InlineData("SEND 5, \"x\"")]
    [InlineData("CLOSE 105")]
    [InlineData("CLOSE 50")]
    [InlineData("PRINT SOCKSTATE(5)")]
    [InlineData("PRINT RECV$(5)")]
    [InlineData("PRINT ACCEPT(5)")]
    [InlineData("PRINT LISTEN(5, 80)")]
    [InlineData("PRINT CONNECT(5, \"10.0.2.2\", 80)")]
    public void AHandleTheSessionDoesNotOwnIsBadFileNumber(string line)
    {
        var s = new Session();
        Assert.Equal("Bad file number\n", s.Type(line));
        Assert.Empty(s.Sockets.Log);
    }

    [Fact]
    public void AClosedHandleIsBadFileNumberAndTheErrorIsTrappable()
    {
        var s = new Session();
        string output = s.Run("10 ON ERROR GOTO 100\n20 S = SOCKET() : CLOSE S\n30 SEND S, \"late\"\n40 END\n100 PRINT \"ERR\"; ERR; \"AT\"; ERL : RESUME NEXT\n");
        Assert.Equal("ERR 52 AT 30 \n", output);
        Assert.DoesNotContain("send", string.Join(",", s.Sockets.Log));
    }

    [Fact]
    public void OwnedHandlesStillWork()
    {
        var s = new Session();
        string output = s.Run("10 L = SOCKET() : PRINT LISTEN(L, 80); SOCKSTATE(L)\n20 C = ACCEPT(L) : SEND C, \"hi\" : PRINT SOCKSTATE(C)\n30 STOP\n");
        Assert.StartsWith(" 1  1 \n 4 \n", output);
        Assert.Equal(new[] { "listen 0 80", "send 9 hi" }, s.Sockets.Log.ToArray());
    }

    [Fact]
    public void RunClosesTheSocketsABreakLeftOpen()
    {
        var s = new Session();
        s.Console.BreakOnPoll = 1;
        string output = s.Run("10 L = SOCKET() : X = LISTEN(L, 8080)\n20 GOTO 20\n");
        Assert.Contains("Break in 20", output);
        Assert.Equal(" 1 \n", s.Type("PRINT SOCKSTATE(L)")); // kept for CONT
        s.Console.BreakOnPoll = s.Console.Polls + 1;
        s.Type("RUN");
        Assert.Equal(new[] { "listen 0 8080", "close all", "listen 1 8080" }, s.Sockets.Log.ToArray());
    }

    [Theory]
    [InlineData("NEW")]
    [InlineData("CLEAR")]
    [InlineData("END")]
    public void NewClearAndEndCloseTheSockets(string command)
    {
        var s = new Session();
        s.Type("L = SOCKET() : X = LISTEN(L, 80)", "PRINT SOCKSTATE(L)");
        s.Type(command);
        Assert.Equal(new[] { "listen 0 80", "close all" }, s.Sockets.Log.ToArray());
    }

    [Fact]
    public void TheProgramsEndClosesItsSocketsButADirectLineDoesNot()
    {
        var s = new Session();
        s.Type("L = SOCKET()");
        Assert.Equal(" 1 \n", s.Type("PRINT LISTEN(L, 80)"));
        Assert.Empty(new[] { "close all" }.Intersect(s.Sockets.Log));
        s.Run("10 PRINT \"RAN\"\n");
        Assert.Contains("close all", s.Sockets.Log);
        Assert.Equal("Bad file number\n", s.Type("PRINT SOCKSTATE(L)"));
    }
}
