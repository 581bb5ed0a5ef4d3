// Number: conversions between integers and text for the primitive types' ToString,
// Parse and TryParse (formats: Number.Formatting.cs). The digit algorithms are in Internal.Numerics
// (IntegerFormatter, IntegerParser), tested on the host against .NET; this file turns
// their character buffers into strings.
using Internal.Numerics;

namespace System;

internal static unsafe partial class Number
{
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

    public static string UInt64ToHex(ulong value) => Hex(value, -1, HexCase.Upper);

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
}
