// bas/todo.bas serves several clients at once without a fixed sleep: a slow client
// sending its request in parts does not hold up a fast one, more clients than connection
// slots all get answers, and a stalled client is dropped while others are served.
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests;

public class TodoAppClientsTests
{
    private const string Host = "Host: localhost:8080\r\n";

    [Fact]
    public void ASlowClientDoesNotBlockAFastOne()
    {
        var slow = new FakeHttpClient("slow", "GET /add?it", "em=slow+one HTTP", "/1.1\r\n" + Host, "\r\n") { Gap = 40 };
        var fast = FakeHttpClient.Get("/add?item=fast");
        var page = FakeHttpClient.Get("/");
        page.StartAfter = slow;
        var server = new TodoServer();
        server.Serve(slow, fast, page);
        TodoAssert.CleanRun(server);
        Assert.True(slow.Handle < fast.Handle, "the slow client was accepted first");
        Assert.Equal(1, fast.CloseOrder);
        Assert.Equal(2, slow.CloseOrder);
        TodoAssert.Answered(fast, 302);
        TodoAssert.Answered(slow, 302);
        var items = TodoAssert.Answered(page, 200).Items();
        Assert.Equal("fast", items[0].Key);
        Assert.Equal("slow one", items[1].Key);
    }

    [Fact]
    public void TwoSlowClientsInterleavedAreBothServed()
    {
        var a = new FakeHttpClient("a", "GET /nope", " HTTP/1.1\r\n", Host, "\r\n") { Gap = 5 };
        var b = new FakeHttpClient("b", "GET / HTTP/1.1\r\n", Host + "\r", "\n") { Gap = 7 };
        var server = new TodoServer();
        server.Serve(a, b);
        TodoAssert.CleanRun(server);
        TodoAssert.Answered(a, 404);
        TodoAssert.Answered(b, 200);
    }

    [Fact]
    public void MoreClientsThanSlotsAreAllServed()
    {
        var clients = new FakeHttpClient[20];
        for (int i = 0; i < clients.Length; i++)
            clients[i] = new FakeHttpClient("c" + i.ToString(), "GET /add?item=n" + i.ToString() + " HTTP/1.0\r\n", "\r\n") { Gap = i % 4 };
        var server = new TodoServer();
        server.Serve(clients);
        TodoAssert.CleanRun(server);
        foreach (var c in clients) TodoAssert.Answered(c, 302);
    }

    [Fact]
    public void AStalledClientIsDroppedWhileOthersAreServed()
    {
        var idle = new FakeHttpClient("idle");
        var later = new FakeHttpClient[3];
        for (int i = 0; i < later.Length; i++) later[i] = FakeHttpClient.Get("/");
        var server = new TodoServer();
        long start = server.Clock.Ms;
        server.Serve(TodoServer.InTurn(later)[0], later[1], later[2], idle);
        TodoAssert.CleanRun(server);
        foreach (var c in later) Assert.True(TodoAssert.Answered(c, 200).Body.Length > 0);
        Assert.Equal(4, idle.CloseOrder);
        Assert.Equal("", idle.Received.ToString());
        Assert.InRange(idle.ClosedAtMs - start, 10_000, 12_000);
        foreach (var c in later) Assert.True(c.ClosedAtMs - start < 1000, c.Name + " waited for the idle client");
    }

    [Fact]
    public void LoadThenRunStartsTheServerAndPrintsTheBanner()
    {
        var server = new TodoServer();
        string output = server.Serve(FakeHttpClient.Get("/"));
        TodoAssert.CleanRun(server);
        Assert.Equal("TODO app listening on port 8080\n", output.Substring(0, output.IndexOf('\n') + 1));
        Assert.True(server.Repl.Program.Count > 50, "LOAD \"todo\" read the program from the file store");
    }
}
