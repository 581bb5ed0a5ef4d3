// HttpParseStatus: what HttpRequestParser.TryParse found in the bytes received so far.
namespace Httpd;

public enum HttpParseStatus
{
    // The head (or its body) is not complete yet: receive more.
    NeedMore,
    Complete,
    // Not HTTP/1.x: answer 400 and close.
    Malformed,
    // The head does not fit the connection's buffer: answer 431 and close.
    HeadTooLarge,
    // A body longer than the server takes: answer 413 and close.
    BodyTooLarge,
}
