// DnsName: domain names on the wire (RFC 1035 section 3.1 and 4.1.4). Encode writes a host
// name as length-prefixed labels for a query; Read decodes a name inside a message,
// following compression pointers, into lower-case dotted text. Both enforce the RFC's
// limits (labels of 1-63 bytes, 255 bytes in all) and Read refuses pointers that do not
// point backwards, so a hostile reply cannot loop or read outside the message.
// DnsQuery and DnsReply call it.
using System;
using System.Text;

namespace RalphOS.Net.Dns;

public static class DnsName
{
    /// <summary>RFC 1035 2.3.4: a label is at most 63 octets, a name at most 255.</summary>
    public const int MaxLabelLength = 63;
    public const int MaxWireLength = 255;
    /// <summary>The top two bits 11 of a length byte mark a compression pointer (4.1.4).</summary>
    const byte PointerMark = 0xC0;

    /// <summary>Lower-case name without a trailing dot, or null when it is not a host name
    /// (letters, digits, '-' and '_' in labels of 1-63 characters).</summary>
    public static string Normalize(string name)
    {
        if (name == null) return null;
        string text = name.Trim().ToLowerInvariant();
        if (text.EndsWith(".")) text = text.Substring(0, text.Length - 1);
        if (text.Length == 0 || text.Length + 2 > MaxWireLength) return null;
        int labelLength = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                if (labelLength == 0) return null;
                labelLength = 0;
                continue;
            }
            bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!allowed || ++labelLength > MaxLabelLength) return null;
        }
        return labelLength == 0 ? null : text;
    }

    /// <summary>Writes a normalized name as labels ending in the root's zero byte; returns
    /// the bytes written, or -1 if it does not fit.</summary>
    public static int Encode(string normalized, Span<byte> destination)
    {
        int written = normalized.Length + 2;
        if (written > destination.Length) return -1;
        int lengthAt = 0;
        int position = 1;
        for (int i = 0; i <= normalized.Length; i++)
        {
            if (i == normalized.Length || normalized[i] == '.')
            {
                destination[lengthAt] = (byte)(position - lengthAt - 1);
                lengthAt = position;
                position++;
                continue;
            }
            destination[position++] = (byte)normalized[i];
        }
        destination[lengthAt] = 0;
        return written;
    }

    /// <summary>Reads the name starting at offset. On success, next is the offset just after
    /// the name where it starts (a pointer counts as two bytes) and text is lower case.</summary>
    public static bool Read(ReadOnlySpan<byte> message, int offset, out string text, out int next)
    {
        text = null;
        next = -1;
        var builder = new StringBuilder();
        int wireLength = 1;
        int position = offset;
        // Every jump must go strictly before the previous one, so the walk ends.
        int jumpLimit = offset;
        for (;;)
        {
            if (position >= message.Length) return false;
            byte length = message[position];
            if ((length & PointerMark) == PointerMark)
            {
                if (position + 1 >= message.Length) return false;
                int target = ((length & ~PointerMark) << 8) | message[position + 1];
                if (next < 0) next = position + 2;
                if (target >= jumpLimit) return false;
                jumpLimit = target;
                position = target;
                continue;
            }
            if ((length & PointerMark) != 0) return false; // 01 and 10 are reserved (RFC 6891 drops 01)
            if (length == 0)
            {
                if (next < 0) next = position + 1;
                text = builder.ToString();
                return true;
            }
            wireLength += length + 1;
            if (wireLength > MaxWireLength || position + 1 + length > message.Length) return false;
            if (builder.Length > 0) builder.Append('.');
            for (int i = 0; i < length; i++)
                builder.Append(char.ToLowerInvariant((char)message[position + 1 + i]));
            position += 1 + length;
        }
    }

    /// <summary>Skips the name at offset without decoding it; -1 when it is malformed.</summary>
    public static int Skip(ReadOnlySpan<byte> message, int offset) =>
        Read(message, offset, out _, out int next) ? next : -1;
}
