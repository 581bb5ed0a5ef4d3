// NetFunctionTests: RESOLVE$, HTTPGET$, HTTPSTATUS, NETERR$ and PING with a host name, over
// the fake sockets: what each returns on success and failure, that failures are values
// (the program goes on), and that Ctrl-C during a lookup or fetch breaks at that statement.
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests;

public class NetFunctionTests
{
    [Fact]
    public void ResolveGivesTheAddressOrAnEmptyStringAndNeterrSaysWhy()
    {
        var s = new Session();
        string output = s.Run("10 PRINT \"[\"; RESOLVE$(\"web.test\"); \"][\"; NETERR$; \"]\"\n" +
            "20 A$ = RESOLVE$(\"nope.test\") : PRINT LEN(A$); NETERR$\n");
        Assert.Equal("[10.0.2.2][]\n 0 nope.test: host not found (no such name)\n", output);
    }

    [Fact]
    public void HttpGetReturnsTheBodyAndHttpStatusTheCode()
    {
        var s = new Session();
        s.Sockets.Pages["http://web.test/"] = (200, "<h1>hi</h1>");
        s.Sockets.Pages["http://web.test/missing"] = (404, "not here");
        string output = s.Run("10 B$ = HTTPGET$(\"http://web.test/\") : PRINT HTTPSTATUS; B$\n" +
            "20 B$ = HTTPGET$(\"http://web.test/missing\") : PRINT HTTPSTATUS; B$\n" +
            "30 B$ = HTTPGET$(\"http://down.test/\") : PRINT HTTPSTATUS; LEN(B$); NETERR$\n");
        Assert.Equal(" 200 <h1>hi</h1>\n 404 not here\n 0  0 connection refused\n", output);
    }

    [Fact]
    public void PingWithANameThatDoesNotResolveSaysSo()
    {
        var s = new Session();
        string output = s.Run("10 PING \"gateway.test\"\n20 PING \"nowhere.test\"\n30 PRINT \"NEXT\"\n");
        Assert.Equal("Reply from gateway.test: time=3 ms\nCannot resolve nowhere.test: host not found (no such name)\nNEXT\n", output);
    }

    [Fact]
    public void CtrlCDuringAFetchBreaksAndContFetchesAgain()
    {
        var s = new Session();
        s.Sockets.OnNothingWaiting = () => s.Console.PressCtrlC();
        string output = s.Run("10 B$ = HTTPGET$(\"http://slow.test/\")\n20 PRINT \"AFTER\"\n");
        Assert.Contains("Break in 10", output);
        Assert.DoesNotContain("AFTER", output);
        s.Sockets.OnNothingWaiting = null;
        s.Sockets.Pages["http://slow.test/"] = (200, "done");
        Assert.Equal("AFTER\n", s.Type("CONT"));
        Assert.Equal(2, s.Sockets.Log.FindAll(l => l == "get http://slow.test/").Count);
    }

    [Fact]
    public void CtrlCDuringALookupBreaks()
    {
        var s = new Session();
        s.Sockets.OnNothingWaiting = () => s.Console.PressCtrlC();
        Assert.Contains("Break in 10", s.Run("10 A$ = RESOLVE$(\"slow.test\")\n20 PRINT \"AFTER\"\n"));
    }

    [Fact]
    public void CtrlCWhileConnectLooksANameUpBreaksAtThatStatement()
    {
        var s = new Session();
        s.Sockets.OnNothingWaiting = () => s.Console.PressCtrlC();
        string output = s.Run("10 S = SOCKET()\n20 R = CONNECT(S, \"slow.test\", 80)\n30 PRINT \"AFTER\"\n");
        Assert.Contains("Break in 20", output);
        Assert.DoesNotContain("AFTER", output);
    }

    [Fact]
    public void TheNewWordsAreFunctionsWithTheRightTypes()
    {
        var s = new Session();
        Assert.Contains("Type mismatch", s.Run("10 X = RESOLVE$(\"web.test\")\n"));
        Assert.Contains("Type mismatch", new Session().Run("10 X$ = HTTPSTATUS\n"));
    }
}
