// HttpBody: the bytes of a response body, grown as they arrive, up to a limit so a server
// cannot exhaust memory. HttpResponseParser and ChunkedDecoder append to it.
using System;

namespace RalphOS.Net.Http;

public sealed class HttpBody
{
    byte[] _bytes = new byte[256];

    public HttpBody(int limit) { Limit = limit; }

    public int Limit { get; }
    public int Length { get; private set; }

    /// <summary>Appends data; false (nothing appended) when it would pass the limit.</summary>
    public bool Append(ReadOnlySpan<byte> data)
    {
        if ((long)Length + data.Length > Limit) return false;
        if (Length + data.Length > _bytes.Length)
        {
            int size = _bytes.Length;
            while (size < Length + data.Length) size *= 2;
            Array.Resize(ref _bytes, Math.Min(size, Limit));
        }
        data.CopyTo(new Span<byte>(_bytes, Length, data.Length));
        Length += data.Length;
        return true;
    }

    public ReadOnlySpan<byte> Bytes => new ReadOnlySpan<byte>(_bytes, 0, Length);

    /// <summary>The body as text with one char per byte (Latin-1), as BASIC strings hold bytes.</summary>
    public string ToLatin1()
    {
        var chars = new char[Length];
        for (int i = 0; i < Length; i++) chars[i] = (char)_bytes[i];
        return new string(chars);
    }
}
