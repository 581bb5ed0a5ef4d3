// HttpResponseParserTests: status lines, header fields, the three body framings
// (Content-Length, chunked, until close), interim responses, and broken or oversized
// responses, each fed whole and split at every byte.
using System;
using System.Text;
using RalphOS.Net.Http;
using Xunit;

namespace RalphOS.Net.Tests.Http;

public class HttpResponseParserTests
{
    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    private static HttpResponseParser FeedInPieces(string response, int pieceSize, bool close = false, int bodyLimit = HttpResponseParser.DefaultBodyLimit)
    {
        var parser = new HttpResponseParser(bodyLimit);
        byte[] bytes = Ascii(response);
        for (int i = 0; i < bytes.Length && parser.State == HttpParseState.NeedMore; i += pieceSize)
            parser.Feed(bytes.AsSpan(i, Math.Min(pieceSize, bytes.Length - i)));
        if (close) parser.EndOfStream();
        return parser;
    }

    private static void AtEverySplit(string response, Action<HttpResponseParser> check, bool close = false)
    {
        byte[] bytes = Ascii(response);
        for (int split = 0; split <= bytes.Length; split++)
        {
            var parser = new HttpResponseParser();
            parser.Feed(bytes.AsSpan(0, split));
            parser.Feed(bytes.AsSpan(split));
            if (close) parser.EndOfStream();
            check(parser);
        }
        check(FeedInPieces(response, 1, close));
    }

    [Fact]
    public void AContentLengthBodyIsReadExactly()
    {
        AtEverySplit("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhelloEXTRA", p =>
        {
            Assert.Equal(HttpParseState.Complete, p.State);
            Assert.Equal(200, p.StatusCode);
            Assert.Equal("OK", p.Reason);
            Assert.Equal("text/plain", p.Field("CONTENT-TYPE"));
            Assert.Equal(5, p.ContentLength);
            Assert.Equal("hello", p.Body.ToLatin1());
        });
    }

    [Fact]
    public void AChunkedBodyIsDecodedWithExtensionsAndTrailers()
    {
        const string response = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" +
            "5;name=value\r\nhello\r\n1\r\n,\r\nA\r\n chunked!!\r\n0\r\nX-Trailer: yes\r\n\r\n";
        AtEverySplit(response, p =>
        {
            Assert.Equal(HttpParseState.Complete, p.State);
            Assert.True(p.IsChunked);
            Assert.Equal("hello, chunked!!", p.Body.ToLatin1());
        });
    }

    [Fact]
    public void WithoutALengthTheBodyRunsUntilTheServerCloses()
    {
        AtEverySplit("HTTP/1.0 200 OK\nServer: old\n\nline1\nline2\n", p =>
        {
            Assert.Equal(HttpParseState.Complete, p.State);
            Assert.Equal("line1\nline2\n", p.Body.ToLatin1());
        }, close: true);
    }

    [Fact]
    public void InterimResponsesAreSkippedAndNoContentHasNoBody()
    {
        HttpResponseParser p = FeedInPieces("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nX: 1\r\n\r\n", 3);
        Assert.Equal(HttpParseState.Complete, p.State);
        Assert.Equal(204, p.StatusCode);
        Assert.Equal(0, p.Body.Length);
    }

    [Fact]
    public void RedirectsShowTheirLocation()
    {
        HttpResponseParser p = FeedInPieces("HTTP/1.1 302 Found\r\nLocation: /next\r\nContent-Length: 0\r\n\r\n", 7);
        Assert.Equal(HttpParseState.Complete, p.State);
        Assert.Equal(302, p.StatusCode);
        Assert.Equal("/next", p.Field("location"));
    }

    [Theory]
    [InlineData("SMTP 220 hello\r\n\r\n", "not an HTTP/1.x response")]
    [InlineData("HTTP/1.1 2x0 OK\r\n\r\n", "not an HTTP/1.x response")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", "bad Content-Length")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 3, 4\r\n\r\nabcd", "bad Content-Length")]
    [InlineData("HTTP/1.1 200 OK\r\nNo colon here\r\n\r\n", "malformed header field")]
    [InlineData("HTTP/1.1 200 OK\r\nA: b\r\n folded\r\n\r\n", "malformed header field")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "bad chunk size")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n", "chunk data longer than its size")]
    public void BrokenResponsesFailWithAReason(string response, string reason)
    {
        HttpResponseParser p = FeedInPieces(response, 4, close: true);
        Assert.Equal(HttpParseState.Failed, p.State);
        Assert.Equal(reason, p.Error);
    }

    [Fact]
    public void AResponseCutShortFails()
    {
        HttpResponseParser p = FeedInPieces("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", 5, close: true);
        Assert.Equal(HttpParseState.Failed, p.State);
        Assert.Equal("connection closed before the whole body arrived", p.Error);
        p = FeedInPieces("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", 5, close: true);
        Assert.Equal(HttpParseState.Failed, p.State);
        Assert.Equal("connection closed before the whole body arrived", p.Error);
    }

    [Fact]
    public void LimitsBoundTheHeaderAndTheBody()
    {
        string hugeHeader = "HTTP/1.1 200 OK\r\nX: " + new string('a', HttpResponseParser.MaxHeaderBytes) + "\r\n\r\n";
        Assert.Equal("response header over 16 KiB", FeedInPieces(hugeHeader, 1000).Error);
        Assert.Equal("response body over 100 bytes", FeedInPieces("HTTP/1.1 200 OK\r\nContent-Length: 101\r\n\r\n", 10, bodyLimit: 100).Error);
        Assert.Equal("response body over 100 bytes", FeedInPieces("HTTP/1.1 200 OK\r\n\r\n" + new string('b', 101), 10, bodyLimit: 100).Error);
        Assert.Equal("body over 100 bytes", FeedInPieces("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFF\r\n", 10, bodyLimit: 100).Error);
        Assert.Equal("bad chunk size", FeedInPieces("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1FFFFFFFF\r\n", 10).Error);
    }

    [Fact]
    public void RandomResponsesNeverThrow()
    {
        var random = new Random(9112);
        string[] seeds =
        {
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
            "HTTP/1.1 301 Moved\r\nLocation: /x\r\nContent-Length: 3\r\n\r\nabc",
        };
        for (int round = 0; round < 20_000; round++)
        {
            byte[] bytes = Ascii(seeds[round % seeds.Length]);
            for (int f = random.Next(5); f >= 0; f--)
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            var parser = new HttpResponseParser(1000);
            int at = 0;
            while (at < bytes.Length)
            {
                int n = 1 + random.Next(bytes.Length - at);
                parser.Feed(bytes.AsSpan(at, n));
                at += n;
            }
            parser.EndOfStream();
            Assert.NotEqual(HttpParseState.NeedMore, parser.State);
            Assert.True(parser.Body.Length <= 1000);
        }
    }
}
