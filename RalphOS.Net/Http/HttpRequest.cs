// HttpRequest: the bytes of a GET request (RFC 9112 sections 3 and 9.6, RFC 9110 7.2): the
// request line, Host (required in HTTP/1.1), a User-Agent, and Connection: close so the
// server ends the connection after the one response. The kernel's HTTP client sends it.
namespace RalphOS.Net.Http;

public static class HttpRequest
{
    public const string UserAgent = "RalphOS/1.0";

    public static string BuildGet(HttpUrl url) =>
        $"GET {url.Target} HTTP/1.1\r\nHost: {url.Authority}\r\nUser-Agent: {UserAgent}\r\nAccept: */*\r\nConnection: close\r\n\r\n";

    /// <summary>The request as bytes (URLs and headers are ASCII; other chars are dropped to '?').</summary>
    public static byte[] ToBytes(string text)
    {
        var bytes = new byte[text.Length];
        for (int i = 0; i < text.Length; i++)
            bytes[i] = text[i] < 0x80 ? (byte)text[i] : (byte)'?';
        return bytes;
    }
}
