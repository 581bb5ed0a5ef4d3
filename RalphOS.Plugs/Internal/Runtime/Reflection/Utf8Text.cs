// Utf8Text: decodes the UTF-8 names in the embedded metadata into strings (NativeMetadata).
// Sequences of one to four bytes; a malformed byte becomes U+FFFD, as .NET's decoder does.
using Internal.Runtime.TypeLoader;

namespace Internal.Runtime.Reflection;

internal static class Utf8Text
{
    private const char Replacement = '\uFFFD';

    public static string Decode(NativeReader reader, uint offset, uint length)
    {
        var chars = new char[length];
        int count = 0;
        uint end = offset + length;
        while (offset < end)
        {
            uint first = reader.ReadByte(offset++);
            int extra = first < 0x80 ? 0 : first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : -1;
            if (extra < 0 || offset + (uint)extra > end)
            {
                chars[count++] = Replacement;
                continue;
            }
            uint code = extra == 0 ? first : first & (0x3Fu >> extra);
            for (int i = 0; i < extra; i++)
                code = (code << 6) | (reader.ReadByte(offset++) & 0x3Fu);
            if (code >= 0x10000)
            {
                code -= 0x10000;
                chars[count++] = (char)(0xD800 + (code >> 10));
                chars[count++] = (char)(0xDC00 + (code & 0x3FF));
            }
            else
            {
                chars[count++] = (char)code;
            }
        }
        return new string(chars, 0, count);
    }
}
