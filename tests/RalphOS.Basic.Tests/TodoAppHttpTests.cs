// bas/todo.bas speaks HTTP/1.1 correctly: status lines, headers and exact Content-Length,
// 404 for unknown paths, 400 for malformed or over-long requests, requests arriving in
// pieces, and clients that hang up or stall. Runs the real interpreter on fake sockets.
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests;

public class TodoAppHttpTests
{
    private const string Host = "Host: localhost:8080\r\n";

    private static FakeHttpClient ServeOne(FakeHttpClient client, out TodoServer server)
    {
        server = new TodoServer();
        server.Serve(client);
        TodoAssert.CleanRun(server);
        return client;
    }

    private static FakeHttpClient ServeRaw(params string[] pieces) => ServeOne(new FakeHttpClient("raw", pieces), out _);

    [Fact]
    public void GetRootServesThePageWithTheForm()
    {
        var client = ServeOne(FakeHttpClient.Get("/"), out _);
        HttpResponse r = TodoAssert.Answered(client, 200);
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", client.Received.ToString());
        Assert.Equal(r.Body.Length.ToString(), r.Header("Content-Length"));
        Assert.StartsWith("<!DOCTYPE html>", r.Body);
        Assert.Contains("<form action=\"/add\" method=\"get\"><input name=\"item\"", r.Body);
        Assert.Contains("Nothing to do.", r.Body);
        Assert.Contains("0 of 20 items", r.Body);
        Assert.EndsWith("</html>\n", r.Body);
    }

    [Fact]
    public void HeadSendsTheHeadersOfGetWithoutTheBody()
    {
        var clients = TodoServer.InTurn(FakeHttpClient.Get("/"), new FakeHttpClient("head", "HEAD / HTTP/1.1\r\n" + Host + "\r\n"));
        var server = new TodoServer();
        server.Serve(clients);
        TodoAssert.CleanRun(server);
        HttpResponse get = TodoAssert.Answered(clients[0], 200);
        string head = clients[1].Received.ToString();
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", head);
        Assert.EndsWith("\r\n\r\n", head);
        Assert.Contains("\r\nContent-Length: " + get.Body.Length.ToString() + "\r\n", head);
    }

    [Theory]
    [InlineData("/nope")]
    [InlineData("/favicon.ico")]
    [InlineData("/add/more?item=x")]
    public void UnknownPathsAre404(string target)
    {
        HttpResponse r = TodoAssert.Answered(ServeOne(FakeHttpClient.Get(target), out _), 404);
        Assert.Equal("HTTP/1.1 404 Not Found", r.StatusLine);
        Assert.Contains("<h1>404 Not Found</h1>", r.Body);
    }

    [Theory]
    [InlineData("GARBAGE\r\n\r\n")]
    [InlineData("GET /\r\n\r\n")]
    [InlineData("GET  / HTTP/1.1\r\n" + Host + "\r\n")]
    [InlineData("GET / HTTP/1.1 extra\r\n" + Host + "\r\n")]
    [InlineData("GET nope HTTP/1.1\r\n" + Host + "\r\n")]
    [InlineData("GET / FTP/1.1\r\n" + Host + "\r\n")]
    [InlineData("GET / HTTP/1.x\r\n" + Host + "\r\n")]
    [InlineData("get / HTTP/1.1\r\n" + Host + "\r\n")]
    [InlineData("G<T / HTTP/1.1\r\n" + Host + "\r\n")]
    [InlineData("GET / HTTP/1.1\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\n" + Host + Host + "\r\n")]
    [InlineData("GET / HTTP/1.1\r\n" + Host + "No colon here\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\n" + Host + "Bad name: x\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\n" + Host + ": empty name\r\n\r\n")]
    public void MalformedRequestsAre400(string request)
    {
        HttpResponse r = TodoAssert.Answered(ServeRaw(request), 400);
        Assert.Equal("HTTP/1.1 400 Bad Request", r.StatusLine);
        Assert.Contains("The request is malformed.", r.Body);
    }

    [Fact]
    public void AnOverLongRequestLineIs400()
    {
        var client = ServeRaw("GET /add?item=" + new string('a', 3000) + " HTTP/1.1\r\n" + Host + "\r\n");
        Assert.Contains("The request is too long.", TodoAssert.Answered(client, 400).Body);
    }

    [Fact]
    public void AHeadThatNeverEndsIs400OnceItPassesTheCap()
    {
        string headers = "";
        for (int i = 0; headers.Length < 4000; i++) headers += "X-Filler-" + i.ToString() + ": " + new string('z', 60) + "\r\n";
        var client = ServeRaw("GET / HTTP/1.1\r\n" + Host + headers);
        Assert.Contains("The request is too long.", TodoAssert.Answered(client, 400).Body);
    }

    [Fact]
    public void OtherMethodsAre405WithAllow()
    {
        var client = ServeRaw("POST /add HTTP/1.1\r\n" + Host + "Content-Length: 6\r\n\r\nitem=x");
        HttpResponse r = TodoAssert.Answered(client, 405);
        Assert.Equal("GET, HEAD", r.Header("Allow"));
    }

    [Fact]
    public void ARequestSplitAcrossSeveralReceivesIsServed()
    {
        var client = new FakeHttpClient("split", "GE", "T / HT", "TP/1.1\r", "\nHo", "st: x\r\n", "\r", "\n") { Gap = 3 };
        Assert.Contains("<form", TodoAssert.Answered(ServeOne(client, out _), 200).Body);
    }

    [Theory]
    [InlineData("GET / HTTP/1.0\r\n\r\n")]
    [InlineData("GET / HTTP/1.0\n\n")]
    [InlineData("\r\n\r\nGET / HTTP/1.0\r\n\r\n")]
    [InlineData("GET http://localhost:8080/ HTTP/1.1\r\n" + Host + "\r\n")]
    [InlineData("GET / HTTP/1.1\r\nhOsT: x\r\nAccept:*/*\r\n\r\n")]
    public void LenientButValidFormsAreServed(string request)
    {
        Assert.Contains("<form", TodoAssert.Answered(ServeRaw(request), 200).Body);
    }

    [Fact]
    public void AClientThatHangsUpHalfwayGets400()
    {
        var client = ServeOne(new FakeHttpClient("quitter", "GET / HT") { HangUpAfterSending = true }, out _);
        Assert.Contains("The request is incomplete.", TodoAssert.Answered(client, 400).Body);
    }

    [Fact]
    public void AClientThatHangsUpSilentlyIsClosedWithoutAnAnswer()
    {
        var client = ServeOne(new FakeHttpClient("silent") { HangUpAfterSending = true }, out _);
        Assert.True(client.ClosedByServer);
        Assert.Equal("", client.Received.ToString());
    }

    [Fact]
    public void AStalledRequestGets408AfterTenSeconds()
    {
        var server = new TodoServer();
        long start = server.Clock.Ms;
        var client = new FakeHttpClient("stalled", "GET / HTTP/1.1\r\n");
        server.Serve(client);
        TodoAssert.CleanRun(server);
        Assert.Contains("The request took too long to arrive.", TodoAssert.Answered(client, 408).Body);
        Assert.InRange(client.ClosedAtMs - start, 10_000, 12_000);
    }
}
