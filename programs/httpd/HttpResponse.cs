// HttpResponse: an HTTP/1.1 response as bytes: status line, Content-Type, Content-Length,
// Connection (keep-alive or close) and Server headers, then the body (left out for HEAD,
// RFC 9110 9.3.2, with the length it would have). Site makes the parts; Connection sends it.
using RalphOS.Programs;

namespace Httpd;

public static class HttpResponse
{
    public static byte[] Build(int status, string reason, string contentType, byte[] body, bool keepAlive, bool headOnly)
    {
        string head = $"HTTP/1.1 {status} {reason}\r\nServer: RalphOS-httpd\r\nContent-Type: {contentType}\r\n"
            + $"Content-Length: {body.Length}\r\nConnection: {(keepAlive ? "keep-alive" : "close")}\r\n\r\n";
        byte[] headBytes = Utf8Text.Encode(head);
        int bodyLength = headOnly ? 0 : body.Length;
        var response = new byte[headBytes.Length + bodyLength];
        for (int i = 0; i < headBytes.Length; i++)
            response[i] = headBytes[i];
        for (int i = 0; i < bodyLength; i++)
            response[headBytes.Length + i] = body[i];
        return response;
    }
}
