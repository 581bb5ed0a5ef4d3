// Number.Parsing: Parse and TryParse of every integer type for the invariant culture:
// NumberStyles.Integer (white space, a sign, decimal digits) or, with AllowHexSpecifier,
// hexadecimal digits read as the type's bit pattern ("FFFFFFFF" is -1 for int). Parse
// throws as .NET: ArgumentNullException for null, FormatException for text that is not a
// number, OverflowException for a number outside the type. Callers: the integer types.
using System.Globalization;
using Internal.Numerics;

namespace System;

internal static unsafe partial class Number
{
    public static ParseResult ParseSigned(ReadOnlySpan<char> text, NumberStyles styles, int bitWidth, out long value)
    {
        value = 0;
        ParseResult result = ParseMagnitude(text, styles, out IntegerStyle style, out bool negative, out ulong magnitude);
        if (result != ParseResult.Ok)
            return result;
        ulong limit = 1UL << (bitWidth - 1);
        if (style == IntegerStyle.Hex)
        {
            if (bitWidth < 64 && magnitude >> bitWidth != 0)
                return ParseResult.Overflow;
            // Sign-extend the bit pattern.
            int unused = 64 - bitWidth;
            value = (long)(magnitude << unused) >> unused;
            return ParseResult.Ok;
        }
        if (magnitude > (negative ? limit : limit - 1))
            return ParseResult.Overflow;
        value = negative ? (long)(0UL - magnitude) : (long)magnitude;
        return ParseResult.Ok;
    }

    public static ParseResult ParseUnsigned(ReadOnlySpan<char> text, NumberStyles styles, ulong maxValue, out ulong value)
    {
        value = 0;
        ParseResult result = ParseMagnitude(text, styles, out _, out bool negative, out ulong magnitude);
        if (result != ParseResult.Ok)
            return result;
        if (magnitude > maxValue || (negative && magnitude != 0))
            return ParseResult.Overflow;
        value = magnitude;
        return ParseResult.Ok;
    }

    // The sign and digits of `text` in the style `styles` asks for (hex or decimal).
    private static ParseResult ParseMagnitude(ReadOnlySpan<char> text, NumberStyles styles, out IntegerStyle style, out bool negative, out ulong magnitude)
    {
        style = (styles & NumberStyles.AllowHexSpecifier) != 0 ? IntegerStyle.Hex : IntegerStyle.Decimal;
        fixed (char* characters = text)
            return IntegerParser.ParseMagnitude(characters, text.Length, style, out negative, out magnitude);
    }

    // .NET's exceptions for a failed Parse of `text`; typeDescription as in .NET's message ("an Int32").
    public static void ThrowParseFailure(ParseResult result, string text, string typeDescription)
    {
        if (text == null)
            throw new ArgumentNullException("s");
        if (result == ParseResult.Overflow)
            throw new OverflowException($"Value was either too large or too small for {typeDescription}.");
        throw new FormatException($"The input string '{text}' was not in a correct format.");
    }
}
