// Number: conversions between numbers and text for the primitive types' ToString/Parse.
// The digit algorithms live in Internal.Numerics (host-tested against .NET); this file
// turns their character buffers into strings.
namespace System;

internal static unsafe class Number
{
    // Enough for "-9223372036854775808".
    private const int MaxInt64Chars = 20;

    public static string Int64ToString(long value)
    {
        if (value >= 0)
            return UInt64ToString((ulong)value);
        char* buffer = stackalloc char[MaxInt64Chars + 1];
        int length = WriteUInt64(buffer + 1, (ulong)(-(value + 1)) + 1);
        buffer[0] = '-';
        return new string(buffer, 0, length + 1);
    }

    public static string UInt64ToString(ulong value)
    {
        char* buffer = stackalloc char[MaxInt64Chars];
        int length = WriteUInt64(buffer, value);
        return new string(buffer, 0, length);
    }

    // Writes the decimal digits of value at destination; returns how many.
    private static int WriteUInt64(char* destination, ulong value)
    {
        char* scratch = stackalloc char[MaxInt64Chars];
        int count = 0;
        do
        {
            scratch[count++] = (char)('0' + (int)(value % 10));
            value /= 10;
        } while (value != 0);
        for (int i = 0; i < count; i++)
            destination[i] = scratch[count - 1 - i];
        return count;
    }

    public static string UInt64ToHex(ulong value)
    {
        char* buffer = stackalloc char[16];
        int count = 0;
        do
        {
            int digit = (int)(value & 0xF);
            buffer[15 - count] = (char)(digit < 10 ? '0' + digit : 'A' + digit - 10);
            count++;
            value >>= 4;
        } while (value != 0);
        return new string(buffer, 16 - count, count);
    }

    // Hexadecimal for format "X"/"x"/"Xn"/"xn" (as .NET); otherwise the decimal text given.
    public static string FormatWithHexOption(ulong value, string format, string decimalText)
    {
        if (format == null || format.Length == 0 || (format[0] != 'X' && format[0] != 'x'))
            return decimalText;
        int minimumDigits = 0;
        for (int i = 1; i < format.Length; i++)
            minimumDigits = minimumDigits * 10 + (format[i] - '0');
        string digits = UInt64ToHex(value);
        char* buffer = stackalloc char[64];
        int padding = minimumDigits > digits.Length ? minimumDigits - digits.Length : 0;
        if (padding + digits.Length > 64)
            padding = 64 - digits.Length;
        for (int i = 0; i < padding; i++)
            buffer[i] = '0';
        for (int i = 0; i < digits.Length; i++)
        {
            char c = digits[i];
            buffer[padding + i] = format[0] == 'x' && c >= 'A' ? (char)(c + 32) : c;
        }
        return new string(buffer, 0, padding + digits.Length);
    }

    // Decimal digits with optional surrounding white space and (when signed) a leading
    // sign; false on anything else or on overflow. Invariant culture, as .NET's default
    // integer parsing (NumberStyles.Integer).
    public static bool TryParseUInt64(string text, out ulong value)
    {
        value = 0;
        if (text == null)
            return false;
        int i = 0, end = text.Length;
        while (i < end && IsSpace(text[i]))
            i++;
        while (end > i && IsSpace(text[end - 1]))
            end--;
        if (i < end && text[i] == '+')
            i++;
        if (i == end)
            return false;
        ulong result = 0;
        for (; i < end; i++)
        {
            uint digit = (uint)(text[i] - '0');
            if (digit > 9 || result > (ulong.MaxValue - digit) / 10)
                return false;
            result = result * 10 + digit;
        }
        value = result;
        return true;
    }

    public static bool TryParseInt64(string text, out long value)
    {
        value = 0;
        if (text == null)
            return false;
        string trimmed = text.Trim();
        bool negative = trimmed.Length > 0 && trimmed[0] == '-';
        if (!TryParseUInt64(negative ? trimmed.Substring(1) : trimmed, out ulong magnitude))
            return false;
        if (negative ? magnitude > 9223372036854775808UL : magnitude > long.MaxValue)
            return false;
        value = negative ? (long)(0 - magnitude) : (long)magnitude;
        return true;
    }

    private static bool IsSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r');
}
