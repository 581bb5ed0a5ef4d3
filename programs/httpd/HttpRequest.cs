// HttpRequest: one parsed HTTP/1.x request head (RFC 9112): method, target split into path
// and query, version, whether the connection stays open after the response (keep-alive:
// HTTP/1.1 unless "Connection: close", HTTP/1.0 only with "Connection: keep-alive") and
// the body's length. HttpRequestParser makes it; Site answers it. Pure: host tests use it.
namespace Httpd;

public sealed class HttpRequest
{
    public string Method = "";
    public string Path = "";
    public string Query = "";
    public int MinorVersion;
    public bool KeepAlive;
    public int ContentLength;
    public string Host = "";
}
