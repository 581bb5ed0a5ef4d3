// IntegerParser: decimal text to int/long/ulong with the behaviour of .NET's
// TryParse(s, out value) (NumberStyles.Integer, invariant culture): optional leading and
// trailing white space (U+0009..U+000D, U+0020), an optional '+' or '-', at least one digit,
// trailing NUL chars ignored. Overflow or any other char fails (returns false, value 0).
// Callers: System.Int32/Int64/UInt64 Parse and TryParse in RalphOS.Plugs.
namespace Internal.Numerics;

internal static unsafe class IntegerParser
{
    public static bool TryParseInt32(char* text, int length, out int value)
    {
        value = 0;
        if (!TryParseMagnitude(text, length, out bool negative, out ulong magnitude))
        {
            return false;
        }
        ulong limit = negative ? 2147483648UL : 2147483647UL;
        if (magnitude > limit)
        {
            return false;
        }
        value = negative ? (int)(0UL - magnitude) : (int)magnitude;
        return true;
    }

    public static bool TryParseInt64(char* text, int length, out long value)
    {
        value = 0;
        if (!TryParseMagnitude(text, length, out bool negative, out ulong magnitude))
        {
            return false;
        }
        ulong limit = negative ? 9223372036854775808UL : 9223372036854775807UL;
        if (magnitude > limit)
        {
            return false;
        }
        value = negative ? (long)(0UL - magnitude) : (long)magnitude;
        return true;
    }

    // Like .NET, "-0" (any number of zeros) is a valid ulong; any other negative fails.
    public static bool TryParseUInt64(char* text, int length, out ulong value)
    {
        value = 0;
        if (!TryParseMagnitude(text, length, out bool negative, out ulong magnitude))
        {
            return false;
        }
        if (negative && magnitude != 0)
        {
            return false;
        }
        value = magnitude;
        return true;
    }

    public static bool IsWhiteSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r');

    // Index after the last char that is neither white space nor a trailing NUL.
    public static int TrimmedEnd(char* text, int length)
    {
        int end = length;
        while (end > 0 && text[end - 1] == '\0')
        {
            end--;
        }
        while (end > 0 && IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    private static bool TryParseMagnitude(char* text, int length, out bool negative, out ulong magnitude) =>
        ParseMagnitude(text, length, IntegerStyle.Decimal, out negative, out magnitude) == ParseResult.Ok;

    // The sign and magnitude of decimal (optional sign) or hexadecimal (no sign, no "0x")
    // text between optional white space; Overflow when the magnitude exceeds 64 bits, Format
    // for anything else that is not a number. Callers check the range of their type.
    public static ParseResult ParseMagnitude(char* text, int length, IntegerStyle style, out bool negative, out ulong magnitude)
    {
        negative = false;
        magnitude = 0;
        int end = TrimmedEnd(text, length);
        int i = 0;
        while (i < end && IsWhiteSpace(text[i]))
        {
            i++;
        }
        if (style == IntegerStyle.Decimal && i < end && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }
        if (i >= end)
        {
            return ParseResult.Format;
        }
        bool overflow = false;
        for (; i < end; i++)
        {
            uint digit = style == IntegerStyle.Hex ? HexDigit(text[i]) : (uint)(text[i] - '0');
            if (digit > (style == IntegerStyle.Hex ? 15u : 9u))
            {
                return ParseResult.Format;
            }
            if (style == IntegerStyle.Hex)
            {
                overflow |= (magnitude >> 60) != 0;
                magnitude = (magnitude << 4) | digit;
            }
            // 1844674407370955161 * 10 + 5 is ulong.MaxValue.
            else if (magnitude > 1844674407370955161UL || (magnitude == 1844674407370955161UL && digit > 5))
            {
                overflow = true;
            }
            else
            {
                magnitude = magnitude * 10 + digit;
            }
        }
        return overflow ? ParseResult.Overflow : ParseResult.Ok;
    }

    private static uint HexDigit(char c) =>
        c >= '0' && c <= '9' ? (uint)(c - '0') : c >= 'a' && c <= 'f' ? (uint)(c - 'a' + 10) : c >= 'A' && c <= 'F' ? (uint)(c - 'A' + 10) : 16u;
}

internal enum IntegerStyle
{
    Decimal,
    Hex,
}

internal enum ParseResult
{
    Ok,
    Format,
    Overflow,
}
