// ChunkedDecoder: the chunked transfer coding (RFC 9112 section 7.1) decoded incrementally,
// as the bytes arrive in any split: chunk-size in hex (extensions after ';' ignored), CRLF,
// the data, CRLF, ... a zero-size chunk, optional trailer fields, and the empty line. Bad
// hex, a size over the body limit, a missing CRLF or an over-long line is an error, never
// an exception. HttpResponseParser feeds it the body part of a chunked response.
using System;

namespace RalphOS.Net.Http;

public sealed class ChunkedDecoder
{
    /// <summary>Longest chunk-size or trailer line accepted (extensions included).</summary>
    public const int MaxLineLength = 1024;

    enum Stage { Size, Data, DataEnd, Trailer, Done, Failed }

    readonly HttpBody _body;
    readonly System.Text.StringBuilder _line = new System.Text.StringBuilder();
    Stage _stage = Stage.Size;
    long _remaining;

    public ChunkedDecoder(HttpBody body) { _body = body; }

    public bool IsDone => _stage == Stage.Done;
    public string Error { get; private set; }

    /// <summary>Decodes what it can of data; returns the bytes consumed (data after the
    /// final empty line is left alone). Check Error and IsDone after each call.</summary>
    public int Feed(ReadOnlySpan<byte> data)
    {
        int i = 0;
        while (i < data.Length && _stage != Stage.Done && _stage != Stage.Failed)
        {
            if (_stage == Stage.Data)
            {
                int take = (int)Math.Min(_remaining, data.Length - i);
                if (!_body.Append(data.Slice(i, take))) { Fail($"body over {_body.Limit} bytes"); break; }
                i += take;
                _remaining -= take;
                if (_remaining == 0) _stage = Stage.DataEnd;
                continue;
            }
            byte b = data[i++];
            if (b != (byte)'\n')
            {
                if (_line.Length >= MaxLineLength) { Fail("chunk line too long"); break; }
                _line.Append((char)b);
                continue;
            }
            string line = _line.ToString();
            _line.Clear();
            if (line.EndsWith("\r")) line = line.Substring(0, line.Length - 1);
            EndLine(line);
        }
        return i;
    }

    void EndLine(string line)
    {
        switch (_stage)
        {
            case Stage.Size:
                if (!TryParseSize(line, out _remaining)) { Fail("bad chunk size"); return; }
                if (_remaining > _body.Limit - _body.Length) { Fail($"body over {_body.Limit} bytes"); return; }
                _stage = _remaining == 0 ? Stage.Trailer : Stage.Data;
                return;
            case Stage.DataEnd:
                if (line.Length != 0) { Fail("chunk data longer than its size"); return; }
                _stage = Stage.Size;
                return;
            default: // Trailer: fields are not needed; the empty line ends the message
                if (line.Length == 0) _stage = Stage.Done;
                return;
        }
    }

    static bool TryParseSize(string line, out long size)
    {
        size = 0;
        int end = line.IndexOf(';');
        string hex = (end < 0 ? line : line.Substring(0, end)).Trim();
        if (hex.Length == 0 || hex.Length > 8) return false;
        for (int i = 0; i < hex.Length; i++)
        {
            int digit = HexValue(hex[i]);
            if (digit < 0) return false;
            size = size * 16 + digit;
        }
        return true;
    }

    static int HexValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    void Fail(string message)
    {
        Error = message;
        _stage = Stage.Failed;
    }
}
