// TestText: adapters that call the char*-buffer APIs of Internal.Numerics and return strings,
// so the tests can compare them with .NET's own formatting and parsing.
using Internal.Numerics;

namespace RalphOS.Plugs.Tests;

internal static unsafe class TestText
{
    public static string Shortest(double value)
    {
        char* buffer = stackalloc char[DoubleFormatter.MaxShortestChars];
        int length = DoubleFormatter.FormatShortest(value, buffer);
        return new string(buffer, 0, length);
    }

    public static string Decimal(long value)
    {
        char* buffer = stackalloc char[IntegerFormatter.MaxDecimalChars];
        return new string(buffer, 0, IntegerFormatter.FormatInt64(value, buffer));
    }

    public static string Decimal(ulong value)
    {
        char* buffer = stackalloc char[IntegerFormatter.MaxDecimalChars];
        return new string(buffer, 0, IntegerFormatter.FormatUInt64(value, buffer));
    }

    public static string Hex(ulong value, int minDigits, HexCase letterCase)
    {
        char* buffer = stackalloc char[minDigits > 16 ? minDigits : 16];
        return new string(buffer, 0, IntegerFormatter.FormatHex(value, minDigits, letterCase, buffer));
    }

    public static bool TryParseDouble(string text, out double value)
    {
        fixed (char* chars = text)
        {
            return DoubleParser.TryParse(chars, text.Length, out value);
        }
    }

    public static bool TryParseInt32(string text, out int value)
    {
        fixed (char* chars = text)
        {
            return IntegerParser.TryParseInt32(chars, text.Length, out value);
        }
    }

    public static bool TryParseInt64(string text, out long value)
    {
        fixed (char* chars = text)
        {
            return IntegerParser.TryParseInt64(chars, text.Length, out value);
        }
    }

    public static bool TryParseUInt64(string text, out ulong value)
    {
        fixed (char* chars = text)
        {
            return IntegerParser.TryParseUInt64(chars, text.Length, out value);
        }
    }

    public static string Fixed(double value, int decimals)
    {
        int capacity = FixedFormatter.MaxChars(decimals);
        char* buffer = stackalloc char[capacity];
        int length = FixedFormatter.FormatFixed(value, decimals, buffer, capacity);
        return length < 0 ? null : new string(buffer, 0, length);
    }
}
