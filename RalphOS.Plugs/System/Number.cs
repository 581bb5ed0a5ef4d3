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
}
