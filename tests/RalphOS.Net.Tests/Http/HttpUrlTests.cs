// HttpUrlTests: URL parsing (http:// only, ports, targets, refusals) and the resolution of
// redirect locations against the URL that answered, and the GET request's bytes.
using RalphOS.Net.Http;
using Xunit;

namespace RalphOS.Net.Tests.Http;

public class HttpUrlTests
{
    [Theory]
    [InlineData("http://web.test/", "web.test", 80, "/")]
    [InlineData("HTTP://Web.Test", "web.test", 80, "/")]
    [InlineData("http://10.0.2.2:8081/a/b?x=1#frag", "10.0.2.2", 8081, "/a/b?x=1")]
    [InlineData("http://h.test?q", "h.test", 80, "/?q")]
    [InlineData("http://h.test/a b", "h.test", 80, "/a%20b")]
    public void AbsoluteUrlsSplitIntoHostPortAndTarget(string text, string host, int port, string target)
    {
        Assert.True(HttpUrl.TryParse(text, out HttpUrl url, out string error), error);
        Assert.Equal(host, url.Host);
        Assert.Equal(port, url.Port);
        Assert.Equal(target, url.Target);
    }

    [Theory]
    [InlineData("https://web.test/", "https:// is not supported (no TLS): use http://")]
    [InlineData("ftp://web.test/", "only http:// URLs are supported")]
    [InlineData("web.test/index", "not a URL: it must start with http://")]
    [InlineData("http://:80/", "no host in URL")]
    [InlineData("http://h.test:99999/", "bad port in URL")]
    [InlineData("http://h.test:0/", "bad port in URL")]
    [InlineData("http://user@h.test/", "user names in URLs are not supported")]
    [InlineData("http://h\r\n.test/", "bad host name in URL")]
    public void OtherTextIsRefusedWithAReason(string text, string reason)
    {
        Assert.False(HttpUrl.TryParse(text, out _, out string error));
        Assert.Equal(reason, error);
    }

    [Theory]
    [InlineData("http://other.test:81/x", "http://other.test:81/x")]
    [InlineData("//other.test/y", "http://other.test/y")]
    [InlineData("/root?z", "http://web.test:8080/root?z")]
    [InlineData("sibling", "http://web.test:8080/dir/sibling")]
    [InlineData("?page=2", "http://web.test:8080/dir/page?page=2")]
    public void RedirectLocationsResolveAgainstTheUrlThatAnswered(string location, string expected)
    {
        Assert.True(HttpUrl.TryParse("http://web.test:8080/dir/page?old", out HttpUrl current, out _));
        Assert.True(current.TryResolve(location, out HttpUrl next, out string error), error);
        Assert.Equal(expected, next.ToString());
    }

    [Fact]
    public void ARedirectToHttpsIsRefused()
    {
        Assert.True(HttpUrl.TryParse("http://web.test/", out HttpUrl current, out _));
        Assert.False(current.TryResolve("https://web.test/", out _, out string error));
        Assert.Contains("https://", error);
    }

    [Fact]
    public void TheRequestIsAnHttp11GetWithHostAndConnectionClose()
    {
        Assert.True(HttpUrl.TryParse("http://web.test:8080/a?b", out HttpUrl url, out _));
        Assert.Equal("GET /a?b HTTP/1.1\r\nHost: web.test:8080\r\nUser-Agent: RalphOS/1.0\r\nAccept: */*\r\nConnection: close\r\n\r\n",
            HttpRequest.BuildGet(url));
        Assert.True(HttpUrl.TryParse("http://web.test/", out url, out _));
        Assert.Contains("\r\nHost: web.test\r\n", HttpRequest.BuildGet(url));
    }
}
