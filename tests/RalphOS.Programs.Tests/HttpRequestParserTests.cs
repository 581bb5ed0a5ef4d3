// HttpRequestParserTests: httpd's request parser (programs/httpd/HttpRequestParser.cs) on
// the host: a request split across receives, keep-alive rules of HTTP/1.0 and 1.1,
// pipelined requests and bodies, and what it refuses (malformed lines, chunked bodies,
// heads that do not fit).
using System.Text;
using Httpd;
using Xunit;

namespace RalphOS.Programs.Tests;

public class HttpRequestParserTests
{
    private const int Capacity = 4096;

    private static HttpParseStatus Parse(string text, out HttpRequest request, out int consumed)
    {
        byte[] bytes = new byte[Capacity];
        int count = Encoding.ASCII.GetBytes(text, 0, text.Length, bytes, 0);
        return HttpRequestParser.TryParse(bytes, count, Capacity, out request, out consumed);
    }

    [Fact]
    public void ParsesARequestOnlyOnceItsHeadIsComplete()
    {
        const string Full = "GET /index.html?x=1 HTTP/1.1\r\nHost: ralph\r\nUser-Agent: t\r\n\r\n";
        for (int cut = 0; cut < Full.Length; cut++)
            Assert.Equal(HttpParseStatus.NeedMore, Parse(Full.Substring(0, cut), out _, out _));
        Assert.Equal(HttpParseStatus.Complete, Parse(Full, out HttpRequest request, out int consumed));
        Assert.Equal(Full.Length, consumed);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/index.html", request.Path);
        Assert.Equal("x=1", request.Query);
        Assert.Equal("ralph", request.Host);
        Assert.True(request.KeepAlive);
    }

    [Theory]
    [InlineData("GET / HTTP/1.1\r\n\r\n", true)]
    [InlineData("GET / HTTP/1.1\r\nConnection: close\r\n\r\n", false)]
    [InlineData("GET / HTTP/1.0\r\n\r\n", false)]
    [InlineData("GET / HTTP/1.0\r\nconnection: Keep-Alive\r\n\r\n", true)]
    [InlineData("GET / HTTP/1.1\nConnection: TE, close\n\n", false)]
    public void KeepAliveFollowsTheVersionAndConnectionHeader(string text, bool keepAlive)
    {
        Assert.Equal(HttpParseStatus.Complete, Parse(text, out HttpRequest request, out _));
        Assert.Equal(keepAlive, request.KeepAlive);
    }

    [Fact]
    public void PipelinedRequestsAndBodiesAreTakenOneAtATime()
    {
        const string First = "POST /form HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello";
        const string Second = "GET /next HTTP/1.1\r\n\r\n";
        Assert.Equal(HttpParseStatus.NeedMore, Parse(First.Substring(0, First.Length - 2), out _, out _));
        Assert.Equal(HttpParseStatus.Complete, Parse(First + Second, out HttpRequest request, out int consumed));
        Assert.Equal("POST", request.Method);
        Assert.Equal(First.Length, consumed);
        Assert.Equal(HttpParseStatus.Complete, Parse(Second, out request, out _));
        Assert.Equal("/next", request.Path);
    }

    [Theory]
    [InlineData("GET /\r\n\r\n")]
    [InlineData("GET / HTTP/2.0\r\n\r\n")]
    [InlineData("get / HTTP/1.1\r\n\r\n")]
    [InlineData("GET index HTTP/1.1\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nNo colon here\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost : x\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nContent-Length: -4\r\n\r\n")]
    [InlineData("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")]
    [InlineData("GET /\u0001 HTTP/1.1\r\n\r\n")]
    public void RefusesMalformedRequests(string text)
    {
        Assert.Equal(HttpParseStatus.Malformed, Parse(text, out HttpRequest request, out _));
        Assert.Null(request);
    }

    [Fact]
    public void AHeadThatDoesNotFitOrAHugeBodyIsRefused()
    {
        string longHead = "GET / HTTP/1.1\r\nX: " + new string('a', Capacity);
        Assert.Equal(HttpParseStatus.HeadTooLarge, Parse(longHead.Substring(0, Capacity), out _, out _));
        Assert.Equal(HttpParseStatus.BodyTooLarge, Parse("POST / HTTP/1.1\r\nContent-Length: 999999\r\n\r\n", out _, out _));
        Assert.Equal(HttpParseStatus.BodyTooLarge, Parse("POST / HTTP/1.1\r\nContent-Length: 5000\r\n\r\n", out _, out _));
    }
}
