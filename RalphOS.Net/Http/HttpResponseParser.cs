// HttpResponseParser: one HTTP/1.1 response read incrementally (RFC 9112): the status line,
// header fields, and the body framed as section 6.3 says: none for 1xx (skipped as interim),
// 204 and 304; chunked when Transfer-Encoding ends in chunked (ChunkedDecoder); else
// Content-Length bytes; else everything until the server closes. Lines end in CRLF or LF;
// the header section, the body and the number of fields are bounded, and a bad status line,
// field or length is a Failed state with a message, never an exception. The kernel's HTTP
// client feeds it what the connection delivers; host tests feed it every split.
using System;
using System.Collections.Generic;

namespace RalphOS.Net.Http;

public sealed class HttpResponseParser
{
    public const int MaxHeaderBytes = 16 * 1024;
    public const int MaxFields = 100;
    public const int DefaultBodyLimit = 1024 * 1024;

    enum Stage { StatusLine, Fields, Body, Done, Failed }
    enum Framing { None, Length, Chunked, UntilClose }

    readonly Dictionary<string, string> _fields = new Dictionary<string, string>();
    readonly System.Text.StringBuilder _line = new System.Text.StringBuilder();
    readonly HttpBody _body;
    readonly ChunkedDecoder _chunked;
    Stage _stage = Stage.StatusLine;
    Framing _framing;
    long _remaining;
    int _headerBytes;

    public HttpResponseParser(int bodyLimit = DefaultBodyLimit)
    {
        _body = new HttpBody(bodyLimit);
        _chunked = new ChunkedDecoder(_body);
    }

    public int StatusCode { get; private set; }
    public string Reason { get; private set; }
    public HttpBody Body => _body;
    public string Error { get; private set; }
    public bool IsChunked => _framing == Framing.Chunked;
    public long ContentLength { get; private set; } = -1;
    public HttpParseState State =>
        _stage == Stage.Done ? HttpParseState.Complete : _stage == Stage.Failed ? HttpParseState.Failed : HttpParseState.NeedMore;

    /// <summary>A header field's value by name (any case); several fields are joined with ", ".</summary>
    public string Field(string name) => _fields.TryGetValue(name.ToLowerInvariant(), out string value) ? value : null;

    public HttpParseState Feed(ReadOnlySpan<byte> data)
    {
        int i = 0;
        while (i < data.Length && (_stage == Stage.StatusLine || _stage == Stage.Fields || _stage == Stage.Body))
        {
            if (_stage == Stage.Body) { i += FeedBody(data.Slice(i)); continue; }
            byte b = data[i++];
            if (++_headerBytes > MaxHeaderBytes) { Fail("response header over 16 KiB"); break; }
            if (b != (byte)'\n') { _line.Append((char)b); continue; }
            string line = _line.ToString();
            _line.Clear();
            if (line.EndsWith("\r")) line = line.Substring(0, line.Length - 1);
            if (_stage == Stage.StatusLine) ReadStatusLine(line);
            else ReadField(line);
        }
        return State;
    }

    /// <summary>The server closed the connection: completes a body read until close, or fails.</summary>
    public HttpParseState EndOfStream()
    {
        if (_stage == Stage.Body && _framing == Framing.UntilClose) _stage = Stage.Done;
        else if (_stage != Stage.Done && _stage != Stage.Failed)
            Fail(_stage == Stage.Body ? "connection closed before the whole body arrived" : "connection closed before a complete response");
        return State;
    }

    int FeedBody(ReadOnlySpan<byte> data)
    {
        if (_framing == Framing.Chunked)
        {
            _chunked.Feed(data);
            if (_chunked.Error != null) Fail(_chunked.Error);
            else if (_chunked.IsDone) _stage = Stage.Done;
            return data.Length; // bytes after the message are not ours: dropped (Connection: close)
        }
        int take = _framing == Framing.Length ? (int)Math.Min(_remaining, data.Length) : data.Length;
        if (!_body.Append(data.Slice(0, take))) { Fail($"response body over {_body.Limit} bytes"); return data.Length; }
        if (_framing == Framing.Length)
        {
            _remaining -= take;
            if (_remaining == 0) _stage = Stage.Done;
        }
        return data.Length;
    }

    // "HTTP/1.1 200 OK" (RFC 9112 4): version, a space, three digits, a space, a reason.
    void ReadStatusLine(string line)
    {
        if (line.Length == 0 && StatusCode == 0) return; // RFC 9112 2.2: tolerate blank lines before it
        if (!line.StartsWith("HTTP/1.") || line.Length < 12 || line[8] != ' '
            || !char.IsDigit(line[9]) || !char.IsDigit(line[10]) || !char.IsDigit(line[11])
            || (line.Length > 12 && line[12] != ' '))
        {
            Fail("not an HTTP/1.x response");
            return;
        }
        StatusCode = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
        if (StatusCode < 100) { Fail("bad status code"); return; }
        Reason = line.Length > 13 ? line.Substring(13) : "";
        _stage = Stage.Fields;
    }

    void ReadField(string line)
    {
        if (line.Length == 0) { EndOfFields(); return; }
        int colon = line.IndexOf(':');
        if (colon <= 0 || line[0] == ' ' || line[0] == '\t' || line[colon - 1] == ' ')
        {
            Fail("malformed header field");
            return;
        }
        if (_fields.Count >= MaxFields) { Fail("too many header fields"); return; }
        string name = line.Substring(0, colon).ToLowerInvariant();
        string value = line.Substring(colon + 1).Trim();
        _fields[name] = _fields.TryGetValue(name, out string earlier) ? $"{earlier}, {value}" : value;
    }

    void EndOfFields()
    {
        if (StatusCode < 200)
        {
            // An interim response (100 Continue, 103 Early Hints): the real one follows.
            _fields.Clear();
            StatusCode = 0;
            _stage = Stage.StatusLine;
            return;
        }
        _stage = Stage.Body;
        string transfer = Field("transfer-encoding");
        string length = Field("content-length");
        if (StatusCode == 204 || StatusCode == 304) { _framing = Framing.None; _stage = Stage.Done; }
        else if (transfer != null)
            _framing = transfer.ToLowerInvariant().Trim().EndsWith("chunked") ? Framing.Chunked : Framing.UntilClose;
        else if (length != null)
        {
            if (!TryParseLength(length, out long value)) { Fail("bad Content-Length"); return; }
            if (value > _body.Limit) { Fail($"response body over {_body.Limit} bytes"); return; }
            ContentLength = value;
            _remaining = value;
            _framing = Framing.Length;
            if (value == 0) _stage = Stage.Done;
        }
        else _framing = Framing.UntilClose;
    }

    // Digits only; repeated fields (joined with ", ") must all agree (RFC 9110 8.6).
    static bool TryParseLength(string text, out long value)
    {
        value = -1;
        string[] parts = text.Split(',');
        for (int p = 0; p < parts.Length; p++)
        {
            string digits = parts[p].Trim();
            if (digits.Length == 0 || digits.Length > 12) return false;
            long n = 0;
            for (int i = 0; i < digits.Length; i++)
            {
                if (!char.IsDigit(digits[i])) return false;
                n = n * 10 + (digits[i] - '0');
            }
            if (value >= 0 && n != value) return false;
            value = n;
        }
        return true;
    }

    void Fail(string message)
    {
        if (_stage == Stage.Failed) return;
        Error = message;
        _stage = Stage.Failed;
    }
}
