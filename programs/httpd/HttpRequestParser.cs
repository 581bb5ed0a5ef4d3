// HttpRequestParser: finds one request at the start of the bytes a connection has received
// (RFC 9112 section 2-3, 6): the request line "METHOD SP TARGET SP HTTP/1.x", header lines
// up to the empty line (CRLF, or bare LF as RFC 9112 2.2 allows), then Content-Length bytes
// of body, which it skips. Returns how many bytes the request took so a pipelined next one
// can follow. No chunked request bodies (answered 400, as "Malformed"). Pure: httpd's
// Connection calls it; tests/RalphOS.Programs.Tests runs it on the host.
using System;

namespace Httpd;

public static class HttpRequestParser
{
    public const int MaxBodyLength = 64 * 1024;

    public static HttpParseStatus TryParse(byte[] buffer, int count, int capacity, out HttpRequest request, out int consumed)
    {
        request = null;
        consumed = 0;
        int headEnd = FindHeadEnd(buffer, count, out int bodyStart);
        if (headEnd < 0)
            return count >= capacity ? HttpParseStatus.HeadTooLarge : HttpParseStatus.NeedMore;
        var parsed = new HttpRequest();
        int lineStart = 0;
        bool first = true;
        while (lineStart < headEnd)
        {
            int lineEnd = IndexOfLineFeed(buffer, lineStart, headEnd);
            if (lineEnd < 0)
                lineEnd = headEnd;
            int textEnd = lineEnd > lineStart && buffer[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            string line = Ascii(buffer, lineStart, textEnd - lineStart);
            if (line == null)
                return HttpParseStatus.Malformed;
            if (first)
            {
                if (!ParseRequestLine(line, parsed))
                    return HttpParseStatus.Malformed;
                first = false;
            }
            else if (line.Length > 0 && !ParseHeader(line, parsed))
                return HttpParseStatus.Malformed;
            lineStart = lineEnd + 1;
        }
        if (first)
            return HttpParseStatus.Malformed;
        if (parsed.ContentLength > MaxBodyLength)
            return HttpParseStatus.BodyTooLarge;
        if (count - bodyStart < parsed.ContentLength)
            return bodyStart + parsed.ContentLength > capacity ? HttpParseStatus.BodyTooLarge : HttpParseStatus.NeedMore;
        request = parsed;
        consumed = bodyStart + parsed.ContentLength;
        return HttpParseStatus.Complete;
    }

    // The index where the head's last line ends (before the empty line) and where the body
    // starts, or -1 when the empty line has not arrived.
    private static int FindHeadEnd(byte[] buffer, int count, out int bodyStart)
    {
        bodyStart = 0;
        for (int i = 0; i < count; i++)
        {
            if (buffer[i] != '\n')
                continue;
            if (i + 1 < count && buffer[i + 1] == '\n')
            {
                bodyStart = i + 2;
                return i;
            }
            if (i + 2 < count && buffer[i + 1] == '\r' && buffer[i + 2] == '\n')
            {
                bodyStart = i + 3;
                return i;
            }
        }
        return -1;
    }

    private static int IndexOfLineFeed(byte[] buffer, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (buffer[i] == '\n')
                return i;
        }
        return -1;
    }

    // Header text is ASCII (RFC 9110 5.5 keeps the rest opaque); null for control bytes.
    private static string Ascii(byte[] buffer, int start, int length)
    {
        var characters = new char[length];
        for (int i = 0; i < length; i++)
        {
            byte b = buffer[start + i];
            if ((b < 0x20 && b != '\t') || b == 0x7F)
                return null;
            characters[i] = (char)b;
        }
        return new string(characters);
    }

    private static bool ParseRequestLine(string line, HttpRequest request)
    {
        string[] parts = line.Split(' ');
        if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0)
            return false;
        if (parts[2] == "HTTP/1.1")
            request.MinorVersion = 1;
        else if (parts[2] == "HTTP/1.0")
            request.MinorVersion = 0;
        else
            return false;
        for (int i = 0; i < parts[0].Length; i++)
        {
            if (parts[0][i] < 'A' || parts[0][i] > 'Z')
                return false;
        }
        request.Method = parts[0];
        string target = parts[1];
        if (target[0] != '/')
            return false;
        int question = target.IndexOf('?');
        request.Path = question < 0 ? target : target.Substring(0, question);
        request.Query = question < 0 ? "" : target.Substring(question + 1);
        request.KeepAlive = request.MinorVersion == 1;
        return true;
    }

    private static bool ParseHeader(string line, HttpRequest request)
    {
        int colon = line.IndexOf(':');
        if (colon <= 0 || line[colon - 1] == ' ' || line[0] == ' ' || line[0] == '\t')
            return false;
        string name = line.Substring(0, colon);
        string value = line.Substring(colon + 1).Trim();
        if (string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase))
        {
            if (value.Length == 0 || value.Length > 9)
                return false;
            for (int i = 0; i < value.Length; i++)
            {
                if (value[i] < '0' || value[i] > '9')
                    return false;
            }
            request.ContentLength = int.Parse(value);
        }
        else if (string.Equals(name, "Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            return false;
        else if (string.Equals(name, "Connection", StringComparison.OrdinalIgnoreCase))
        {
            foreach (string option in value.Split(','))
            {
                string token = option.Trim();
                if (string.Equals(token, "close", StringComparison.OrdinalIgnoreCase))
                    request.KeepAlive = false;
                else if (string.Equals(token, "keep-alive", StringComparison.OrdinalIgnoreCase))
                    request.KeepAlive = true;
            }
        }
        else if (string.Equals(name, "Host", StringComparison.OrdinalIgnoreCase))
            request.Host = value;
        return true;
    }
}
