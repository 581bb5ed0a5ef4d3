// NameAndHttpTests: names and HTTP in the booted kernel, against servers the test runs on
// the host (NameAndHttpMachine): the monitor's `host` and `ping NAME`; BASIC's RESOLVE$,
// NETERR$, PING and CONNECT with names; HTTPGET$ and HTTPSTATUS with Content-Length,
// chunked bodies, redirects (and a redirect loop), a 404; the resolver's retries when the
// server is silent; and Ctrl-C ending a lookup and a fetch.
using System;
using System.Text.RegularExpressions;
using System.Threading;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class NameAndHttpTests : IClassFixture<NameAndHttpMachine>
{
    private const string BasicPrompt = "\n> ";
    private static readonly TimeSpan LookupTimeout = TimeSpan.FromSeconds(60);
    private readonly NameAndHttpMachine _machine;
    private KernelConsole Console => _machine.Console;

    public NameAndHttpTests(NameAndHttpMachine machine)
    {
        _machine = machine;
    }

    // Runs BASIC lines from the monitor and comes back; returns what they printed.
    private string Basic(params string[] lines)
    {
        Console.Run("basic", BasicPrompt);
        var output = new System.Text.StringBuilder();
        foreach (string line in lines)
            output.Append(Console.Run(line, BasicPrompt, LookupTimeout));
        Console.Run("SYSTEM");
        return output.ToString();
    }

    [Fact]
    public void TheMonitorsHostCommandShowsAddressesAliasesAndFailures()
    {
        string alias = Console.Run("host www.test", LookupTimeout);
        Assert.Contains("www.test is an alias for web.test", alias);
        Assert.Contains("web.test has address 10.0.2.2", alias);
        string many = Console.Run("host Many.Test", LookupTimeout);
        Assert.Contains("many.test has address 10.0.2.2", many);
        Assert.Contains("many.test has address 10.0.2.3", many);
        Assert.Contains("many.test has address 192.0.2.7", many);
        Assert.Contains("host: nope.test: host not found (no such name)", Console.Run("host nope.test", LookupTimeout));
        Assert.Contains("host: big.test: DNS reply truncated (too large for UDP)", Console.Run("host big.test", LookupTimeout));
        Assert.Contains("host: a..b: not a valid host name", Console.Run("host a..b"));
        Assert.Contains("host: 10.0.2.2 is an address already", Console.Run("host 10.0.2.2"));
        Assert.Contains($"dns 10.0.2.2:{_machine.Dns.Port},", Console.Run("net"));
    }

    [Fact]
    public void AnswersAreCachedForTheirTtl()
    {
        Console.Run("host cached.test", LookupTimeout);    // NXDOMAIN is not cached
        _machine.Dns.AddA("cached.test", "10.0.2.2");
        Assert.Contains("cached.test has address 10.0.2.2", Console.Run("host cached.test", LookupTimeout));
        Assert.Contains("cached.test has address 10.0.2.2", Console.Run("host cached.test", LookupTimeout));
        Assert.Equal(2, _machine.Dns.CountQuestions("cached.test"));
    }

    [Fact]
    public void TheMonitorPingsAName()
    {
        string ping = Console.Run("ping web.test", LookupTimeout);
        Assert.Matches(@"reply from 10\.0\.2\.2: seq=\d+ time=\d+ ms", ping);
        Assert.Contains("ping: nope.test: host not found (no such name)", Console.Run("ping nope.test", LookupTimeout));
    }

    [Fact]
    public void BasicResolvesPingsAndConnectsByName()
    {
        string output = Basic(
            "PRINT \"[\"; RESOLVE$(\"www.test\"); \"]\"",
            "PRINT \"[\"; RESOLVE$(\"nope.test\"); \"]\"; NETERR$",
            "PRINT RESOLVE$(\"10.1.2.3\")",
            "PING \"web.test\"",
            "PING \"nope.test\"");
        Assert.Contains("[10.0.2.2]", output);
        Assert.Contains("[]nope.test: host not found (no such name)", output);
        Assert.Contains("10.1.2.3", output);
        Assert.Matches(@"Reply from web\.test: time=\d+ ms", output);
        Assert.Contains("Cannot resolve nope.test: host not found (no such name)", output);

        int port = _machine.Http.Port;
        string crlf = "CHR$(13) + CHR$(10)";
        string connected = Basic(
            "NEW",
            $"10 S = SOCKET() : IF CONNECT(S, \"web.test\", {port}) = 0 THEN PRINT \"NO CONNECT \"; NETERR$ : END",
            "20 T = TIMER : WHILE SOCKSTATE(S) <> 4 AND TIMER - T < 20 : SLEEP 10 : WEND",
            $"30 SEND S, \"GET /hello HTTP/1.1\" + {crlf} + \"Host: web.test\" + {crlf} + {crlf}",
            "40 R$ = \"\" : T = TIMER",
            "50 R$ = R$ + RECV$(S) : IF INSTR(R$, \"Hello\") = 0 AND TIMER - T < 20 THEN 50",
            "60 PRINT MID$(R$, INSTR(R$, \"Hello\")) : CLOSE S",
            "RUN");
        Assert.Contains(TestHttpServer.HelloBody, connected);
    }

    [Fact]
    public void HttpGetFetchesLengthAndChunkedBodiesAndFollowsRedirects()
    {
        string url = $"http://web.test:{_machine.Http.Port}";
        string output = Basic(
            $"B$ = HTTPGET$(\"{url}/hello\") : PRINT HTTPSTATUS; \"[\" + B$ + \"]\"",
            $"B$ = HTTPGET$(\"{url}/chunked\") : PRINT HTTPSTATUS; \"[\" + B$ + \"]\"",
            $"B$ = HTTPGET$(\"{url}/redirect\") : PRINT HTTPSTATUS; \"<\" + B$ + \">\"",
            $"B$ = HTTPGET$(\"{url}/missing\") : PRINT HTTPSTATUS; \"[\" + B$ + \"]\"",
            $"B$ = HTTPGET$(\"{url}/loop\") : PRINT HTTPSTATUS; \"[\" + B$ + \"]\"; NETERR$",
            "B$ = HTTPGET$(\"https://web.test/\") : PRINT HTTPSTATUS; NETERR$",
            "B$ = HTTPGET$(\"http://nope.test/\") : PRINT HTTPSTATUS; NETERR$",
            "B$ = HTTPGET$(\"http://web.test:1/\") : PRINT HTTPSTATUS; NETERR$");
        Assert.Contains($" 200 [{TestHttpServer.HelloBody}]", output);
        Assert.Contains(" 200 [first piece, second; third.]", output);
        Assert.Contains($" 200 <{TestHttpServer.HelloBody}>", output);
        Assert.Contains(" 404 [no such page]", output);
        Assert.Contains(" 0 []too many redirects (more than 5)", output);
        Assert.Contains(" 0 https:// is not supported (no TLS): use http://", output);
        Assert.Contains(" 0 nope.test: host not found (no such name)", output);
        Assert.Contains(" 0 connection refused", output);
        Assert.Contains(_machine.Http.Requests, r => r.StartsWith("GET /redirect HTTP/1.1\r\n"));
        Assert.Contains(_machine.Http.Requests, r => r.StartsWith("GET /chunked HTTP/1.1\r\n") && r.Contains($"\r\nHost: web.test:{_machine.Http.Port}\r\n"));
    }

    [Fact]
    public void ASilentServerIsAskedThreeTimesThenCtrlCEndsALookupAndAFetch()
    {
        string silent = Basic($"PRINT \"[\"; RESOLVE$(\"{TestDnsServer.SilentName}\"); \"]\"; NETERR$");
        Assert.Contains("[]silent.test: DNS server did not answer", silent);
        Assert.Equal(3, _machine.Dns.CountQuestions(TestDnsServer.SilentName));

        // Loops so that a lookup is under way whenever Ctrl-C arrives, however slow the host.
        Console.Run("basic", BasicPrompt);
        Console.Run("NEW", BasicPrompt);
        Console.Run($"10 A$ = RESOLVE$(\"{TestDnsServer.SilentName}\") : GOTO 10", BasicPrompt);
        Console.Machine.Send("RUN\r");
        WaitUntil(() => _machine.Dns.CountQuestions(TestDnsServer.SilentName) > 3);
        Console.Machine.Send("\u0003");
        Console.Machine.WaitFor(new Regex(@"Break in 10"), TimeSpan.FromSeconds(30));
        Console.Machine.WaitFor(BasicPrompt, KernelConsole.CommandTimeout);

        Console.Run("NEW", BasicPrompt);
        Console.Run($"10 B$ = HTTPGET$(\"http://web.test:{_machine.Http.Port}/stall\") : GOTO 10", BasicPrompt);
        int before = Console.Machine.SerialOutput.Length;
        Console.Machine.Send("RUN\r");
        Assert.True(_machine.Http.StallRequested.Wait(TimeSpan.FromSeconds(60)), "the fetch never reached the server");
        Console.Machine.Send("\u0003");
        Console.Machine.WaitFor(new Regex(@"Break in 10"), TimeSpan.FromSeconds(30));
        Console.Machine.WaitFor(BasicPrompt, KernelConsole.CommandTimeout);
        Assert.Contains("Break in 10", Console.Machine.SerialOutput.Substring(before));
        Console.Run("SYSTEM");
    }

    private static void WaitUntil(Func<bool> condition)
    {
        for (int i = 0; i < 600 && !condition(); i++)
            Thread.Sleep(100);
        Assert.True(condition(), "timed out waiting for the guest");
    }
}
