// SessionSocketTests: sockets belong to the BASIC session that opened them. The serial
// console's BASIC cannot SEND into, read, accept on, query or close a telnet session's
// sockets ("Bad file number"; a sweep over every handle never reaches the telnet client),
// and the TODO app, stopped with Ctrl-C, listens again on RUN (RUN closes the sockets the
// broken program left open) and serves a request.
using System;
using System.Net.Http;
using System.Text.RegularExpressions;
using Xunit;
using static RalphOS.Kernel.Tests.BasicTests;

namespace RalphOS.Kernel.Tests;

public class SessionSocketTests
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(30);

    [Fact]
    public void TheSerialConsoleCannotUseATelnetSessionsSocket()
    {
        using var console = TelnetClient.BootWithTelnet(nameof(TheSerialConsoleCannotUseATelnetSessionsSocket), out int port);
        using var session = TelnetClient.Open(port);
        session.Send("L = SOCKET() : PRINT \"HANDLE\"; L; LISTEN(L, 7000)\r\n");
        session.WaitFor("HANDLE", Prompt);
        string handle = Regex.Match(session.WaitFor("\n", Prompt), @"\d+").Value;

        console.Machine.Send("basic\r");
        console.Machine.WaitFor(KernelConsole.BasicReady, Prompt);
        foreach (string line in new[] { $"SEND {handle}, \"INTRUDER\"", $"PRINT RECV$({handle})", $"PRINT ACCEPT({handle})",
                     $"PRINT SOCKSTATE({handle})", $"CLOSE {handle}" })
            Assert.Contains("Bad file number", console.Run(line, BasicPrompt));
        // Every handle of the stack's table, the telnet connection's included.
        console.Run("10 ON ERROR GOTO 100", BasicPrompt);
        console.Run("20 FOR H = 0 TO 199 : E = 0 : SEND H, \"INTRUDER\" : IF E = 0 THEN PRINT \"SENT TO\"; H", BasicPrompt);
        console.Run("30 NEXT H : PRINT \"SWEPT\" : END", BasicPrompt);
        console.Run("100 E = 1 : RESUME NEXT", BasicPrompt);
        string sweep = console.Run("RUN", BasicPrompt);
        Assert.Contains("SWEPT", sweep);
        Assert.DoesNotContain("SENT TO", sweep);

        session.Send("PRINT \"STATE\"; SOCKSTATE(L)\r\n");
        Assert.Contains("STATE 1", session.WaitFor("STATE 1", Prompt));
        Assert.DoesNotContain("INTRUDER", session.Pending());
    }

    [Fact]
    public void TheTodoAppListensAgainAfterCtrlCAndRun()
    {
        int webPort = LoopbackPorts.Free();
        using var console = TelnetClient.BootWithTelnet(nameof(TheTodoAppListensAgainAfterCtrlCAndRun), out int port,
            $"tcp:127.0.0.1:{webPort}-:8080");
        using var session = TelnetClient.Open(port);
        session.Send("LOAD \"todo\"\r\nRUN\r\n");
        session.WaitFor("TODO app listening on port 8080", Prompt);
        session.Send(TelnetClient.CtrlC);
        session.WaitFor("Break in", Prompt);
        session.Send("RUN\r\n");
        string rerun = session.WaitFor("TODO app", Prompt) + session.WaitFor("\n", Prompt);
        Assert.Contains("TODO app listening on port 8080", rerun);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        HttpResponseMessage page = http.GetAsync($"http://127.0.0.1:{webPort}/").GetAwaiter().GetResult();
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<form action=\"/add\"", page.Content.ReadAsStringAsync().GetAwaiter().GetResult());
    }
}
