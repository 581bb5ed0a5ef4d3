// Utf8Text: UTF-8, the encoding .NET's File.ReadAllText and WriteAllText use by default:
// Encode writes a string's UTF-16 as UTF-8 (a lone surrogate becomes U+FFFD), Decode
// reads bytes back (a leading byte-order mark is skipped; a malformed sequence becomes
// U+FFFD, as .NET's replacement fallback); Decode(bytes, offset, count) reads a slice as
// Encoding.UTF8.GetString does (no byte-order mark skipped). Used by File and by programs
// that move text over sockets (nc, httpd), as the core library has no
// System.Text.Encoding yet (RFC 3629 for the byte layout).
namespace RalphOS.Programs;

public static class Utf8Text
{
    private const char Replacement = '\uFFFD';

    public static byte[] Encode(string text)
    {
        int length = 0;
        for (int i = 0; i < text.Length; i++)
            length += EncodedLength(text, ref i);
        var bytes = new byte[length];
        int at = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int code = CodePointAt(text, ref i);
            if (code < 0x80)
                bytes[at++] = (byte)code;
            else if (code < 0x800)
            {
                bytes[at++] = (byte)(0xC0 | code >> 6);
                bytes[at++] = (byte)(0x80 | code & 0x3F);
            }
            else if (code < 0x10000)
            {
                bytes[at++] = (byte)(0xE0 | code >> 12);
                bytes[at++] = (byte)(0x80 | code >> 6 & 0x3F);
                bytes[at++] = (byte)(0x80 | code & 0x3F);
            }
            else
            {
                bytes[at++] = (byte)(0xF0 | code >> 18);
                bytes[at++] = (byte)(0x80 | code >> 12 & 0x3F);
                bytes[at++] = (byte)(0x80 | code >> 6 & 0x3F);
                bytes[at++] = (byte)(0x80 | code & 0x3F);
            }
        }
        return bytes;
    }

    public static string Decode(byte[] bytes)
    {
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Decode(bytes, start, bytes.Length - start);
    }

    public static string Decode(byte[] bytes, int offset, int count)
    {
        var text = new System.Text.StringBuilder(count);
        int i = offset;
        int end = offset + count;
        while (i < end)
        {
            int lead = bytes[i];
            int extra = lead < 0x80 ? 0 : lead >= 0xC2 && lead < 0xE0 ? 1 : lead >= 0xE0 && lead < 0xF0 ? 2 : lead >= 0xF0 && lead < 0xF5 ? 3 : -1;
            if (extra < 0)
            {
                text.Append(Replacement);
                i++;
                continue;
            }
            int code = extra == 0 ? lead : lead & (0x3F >> extra);
            int taken = 1;
            while (taken <= extra && i + taken < end && IsContinuation(lead, taken, bytes[i + taken]))
            {
                code = code << 6 | bytes[i + taken] & 0x3F;
                taken++;
            }
            if (taken <= extra)
            {
                // A malformed or cut-short sequence: its longest valid start is one U+FFFD.
                text.Append(Replacement);
                i += taken;
                continue;
            }
            if (code >= 0x10000)
            {
                code -= 0x10000;
                text.Append((char)(0xD800 + (code >> 10)));
                text.Append((char)(0xDC00 + (code & 0x3FF)));
            }
            else
                text.Append((char)code);
            i += taken;
        }
        return text.ToString();
    }

    // The second byte's range depends on the lead (Unicode's table of well-formed UTF-8
    // byte sequences): it rules out overlong forms, surrogates and code points past U+10FFFF.
    private static bool IsContinuation(int lead, int position, int value)
    {
        if (position == 1)
        {
            if (lead == 0xE0) return value >= 0xA0 && value <= 0xBF;
            if (lead == 0xED) return value >= 0x80 && value <= 0x9F;
            if (lead == 0xF0) return value >= 0x90 && value <= 0xBF;
            if (lead == 0xF4) return value >= 0x80 && value <= 0x8F;
        }
        return value >= 0x80 && value <= 0xBF;
    }

    private static int EncodedLength(string text, ref int i)
    {
        int code = CodePointAt(text, ref i);
        return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    }

    // The code point at i (a surrogate pair moves i to its second half).
    private static int CodePointAt(string text, ref int i)
    {
        char c = text[i];
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < text.Length && text[i + 1] >= 0xDC00 && text[i + 1] < 0xE000)
        {
            i++;
            return 0x10000 + ((c - 0xD800) << 10) + (text[i] - 0xDC00);
        }
        return c >= 0xD800 && c < 0xE000 ? Replacement : c;
    }
}
