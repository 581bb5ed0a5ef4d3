// Checks shared by the TODO app tests: a client got exactly one well-formed HTTP/1.1
// response with the expected status and the headers every answer must carry, and the
// server was closed cleanly with no socket misuse.
using Xunit;

namespace RalphOS.Basic.Tests.Support;

public static class TodoAssert
{
    public static HttpResponse Answered(FakeHttpClient client, int status)
    {
        Assert.True(client.ClosedByServer, client.Name + ": the server never closed the connection");
        HttpResponse r = client.Response;
        Assert.Empty(r.Problems);
        Assert.Equal(status, r.Status);
        Assert.Equal("text/html; charset=utf-8", r.Header("Content-Type"));
        Assert.Equal("close", r.Header("Connection"));
        Assert.Empty(r.Problems); // Header() reports repeated fields
        return r;
    }

    public static void CleanRun(TodoServer server)
    {
        Assert.Empty(server.Network.Errors);
        Assert.Equal(8080, server.Network.ListenPort);
        Assert.StartsWith("TODO app listening on port 8080\n", server.Output);
        // The run ends only by the break the fake network asks for once all clients are done.
        Assert.Contains("Break in ", server.Output);
        Assert.DoesNotContain("Step limit", server.Output);
        Assert.Empty(server.System.Log); // no SLEEP: the program polls its sockets instead
    }
}
