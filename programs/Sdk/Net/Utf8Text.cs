// Utf8Text: UTF-8 to and from strings for programs that move text over sockets (the core
// library has no System.Text.Encoding yet): GetBytes encodes (a lone surrogate becomes
// U+FFFD), GetString decodes (a malformed sequence becomes U+FFFD). nc and httpd use it.
using System.Text;

namespace RalphOS.Programs.Net;

public static class Utf8Text
{
    private const char Replacement = '\uFFFD';

    public static byte[] GetBytes(string text)
    {
        if (IsAscii(text))
        {
            var ascii = new byte[text.Length];
            for (int i = 0; i < ascii.Length; i++)
                ascii[i] = (byte)text[i];
            return ascii;
        }
        var bytes = new System.Collections.Generic.List<byte>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.Length && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
                c = 0x10000 + ((c - 0xD800) << 10) + (text[++i] - 0xDC00);
            else if (c >= 0xD800 && c <= 0xDFFF)
                c = Replacement;
            if (c < 0x80)
                bytes.Add((byte)c);
            else if (c < 0x800)
            {
                bytes.Add((byte)(0xC0 | (c >> 6)));
                bytes.Add((byte)(0x80 | (c & 0x3F)));
            }
            else if (c < 0x10000)
            {
                bytes.Add((byte)(0xE0 | (c >> 12)));
                bytes.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (c & 0x3F)));
            }
            else
            {
                bytes.Add((byte)(0xF0 | (c >> 18)));
                bytes.Add((byte)(0x80 | ((c >> 12) & 0x3F)));
                bytes.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (c & 0x3F)));
            }
        }
        return bytes.ToArray();
    }

    private static bool IsAscii(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] >= 0x80)
                return false;
        }
        return true;
    }

    public static string GetString(byte[] bytes, int offset, int count)
    {
        var text = new StringBuilder(count);
        int end = offset + count;
        for (int i = offset; i < end;)
        {
            int b = bytes[i];
            int length = b < 0x80 ? 1 : b >= 0xF0 && b < 0xF5 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
            if (b >= 0xF5)
                length = 0;
            if (length == 0 || i + length > end)
            {
                text.Append(Replacement);
                i++;
                continue;
            }
            int c = length == 1 ? b : b & (0xFF >> (length + 1));
            bool valid = true;
            for (int k = 1; k < length; k++)
            {
                int next = bytes[i + k];
                if ((next & 0xC0) != 0x80)
                    valid = false;
                c = (c << 6) | (next & 0x3F);
            }
            if (!valid)
            {
                text.Append(Replacement);
                i++;
                continue;
            }
            if (c >= 0x10000)
            {
                c -= 0x10000;
                text.Append((char)(0xD800 + (c >> 10)));
                text.Append((char)(0xDC00 + (c & 0x3FF)));
            }
            else
                text.Append((char)c);
            i += length;
        }
        return text.ToString();
    }
}
