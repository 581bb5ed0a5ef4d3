// EnumParser: reads an enum value from text as .NET's Enum.Parse does: surrounding white
// space is ignored; text starting with a digit, '-' or '+' is a number of the underlying
// type (too large for it: Overflow); otherwise it is one name or a comma-separated list of
// names, each trimmed, whose values are OR-ed; names match exactly or ignoring case.
namespace Internal.Runtime.Reflection;

internal static class EnumParser
{
    public static EnumParseResult Parse(EnumInfo info, string text, bool ignoreCase, out ulong bits)
    {
        bits = 0;
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
            return EnumParseResult.Empty;
        char first = trimmed[0];
        if (char.IsDigit(first) || first == '-' || first == '+')
            return ParseNumber(info, trimmed, out bits);
        foreach (string part in trimmed.Split(','))
        {
            string name = part.Trim();
            int index = IndexOfName(info, name, ignoreCase);
            if (index < 0)
                return EnumParseResult.NotFound;
            bits |= info.Values[index];
        }
        return EnumParseResult.Parsed;
    }

    private static int IndexOfName(EnumInfo info, string name, bool ignoreCase)
    {
        for (int i = 0; i < info.Names.Length; i++)
        {
            if (string.Equals(info.Names[i], name, ignoreCase ? System.StringComparison.OrdinalIgnoreCase : System.StringComparison.Ordinal))
                return i;
        }
        return -1;
    }

    // A number in range of the underlying type, as its bits.
    private static EnumParseResult ParseNumber(EnumInfo info, string text, out ulong bits)
    {
        bits = 0;
        int valueBits = info.Size * 8;
        if (info.IsSigned)
        {
            if (!long.TryParse(text, out long signed))
                return IsNumber(text) ? EnumParseResult.Overflow : EnumParseResult.NotFound;
            long max = valueBits >= 64 ? long.MaxValue : (1L << (valueBits - 1)) - 1;
            if (signed > max || signed < -max - 1)
                return EnumParseResult.Overflow;
            bits = info.Truncate((ulong)signed);
            return EnumParseResult.Parsed;
        }
        if (!ulong.TryParse(text, out ulong unsigned))
            return IsNumber(text) ? EnumParseResult.Overflow : EnumParseResult.NotFound;
        if (valueBits < 64 && unsigned >> valueBits != 0)
            return EnumParseResult.Overflow;
        bits = unsigned;
        return EnumParseResult.Parsed;
    }

    // Digits with an optional sign: a number that did not fit rather than a bad name.
    private static bool IsNumber(string text)
    {
        int start = text[0] == '-' || text[0] == '+' ? 1 : 0;
        if (start == text.Length)
            return false;
        for (int i = start; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i]))
                return false;
        }
        return true;
    }
}
