// Number: conversions between integers and text for the primitive types' ToString,
// ToString("X"), Parse and TryParse. The digit algorithms are in Internal.Numerics
// (IntegerFormatter, IntegerParser), tested on the host against .NET; this file turns
// their character buffers into strings.
using Internal.Numerics;

namespace System;

internal static unsafe class Number
{
    private const int MaxHexDigits = 64;

    public static string Int64ToString(long value)
    {
        char* buffer = stackalloc char[IntegerFormatter.MaxDecimalChars];
        return new string(buffer, 0, IntegerFormatter.FormatInt64(value, buffer));
    }

    public static string UInt64ToString(ulong value)
    {
        char* buffer = stackalloc char[IntegerFormatter.MaxDecimalChars];
        return new string(buffer, 0, IntegerFormatter.FormatUInt64(value, buffer));
    }

    public static string UInt64ToHex(ulong value) => Hex(value, 0, HexCase.Upper);

    // Hexadecimal for format "X"/"x"/"Xn"/"xn" (as .NET); otherwise the decimal text given.
    public static string FormatWithHexOption(ulong value, string format, string decimalText)
    {
        if (format == null || format.Length == 0 || (format[0] != 'X' && format[0] != 'x'))
            return decimalText;
        int minimumDigits = 0;
        for (int i = 1; i < format.Length && minimumDigits <= MaxHexDigits; i++)
            minimumDigits = minimumDigits * 10 + (format[i] - '0');
        if (minimumDigits > MaxHexDigits)
            minimumDigits = MaxHexDigits;
        return Hex(value, minimumDigits, format[0] == 'x' ? HexCase.Lower : HexCase.Upper);
    }

    // Decimal digits with optional surrounding white space and sign (NumberStyles.Integer,
    // invariant culture); false on anything else or on overflow.
    public static bool TryParseUInt64(string text, out ulong value)
    {
        value = 0;
        if (text == null)
            return false;
        fixed (char* characters = text)
            return IntegerParser.TryParseUInt64(characters, text.Length, out value);
    }

    public static bool TryParseInt64(string text, out long value)
    {
        value = 0;
        if (text == null)
            return false;
        fixed (char* characters = text)
            return IntegerParser.TryParseInt64(characters, text.Length, out value);
    }

    private static string Hex(ulong value, int minimumDigits, HexCase letterCase)
    {
        char* buffer = stackalloc char[MaxHexDigits];
        return new string(buffer, 0, IntegerFormatter.FormatHex(value, minimumDigits, letterCase, buffer));
    }
}
