// Number.Formatting: ToString(format) for every primitive number, as .NET's invariant
// culture: the standard formats (StandardNumberFormatter), hexadecimal of the type's bit
// pattern ("X8"), and custom formats such as "0.00" or "#,##0" (CustomNumberFormatter).
// Doubles: NaN and the infinities print their names whatever the format, "R"/"G" print the
// shortest round-trip digits, other formats round the exact binary value. Callers: the
// primitives' ToString(string[, IFormatProvider]) and so string.Format and interpolation.
using System.Text;
using Internal.Numerics;

namespace System;

internal static unsafe partial class Number
{
    // Custom formats of a double start from 15 significant digits, as .NET's.
    private const int CustomFormatDoubleDigits = 15;

    public static string FormatInt64(long value, string format, int bitWidth) =>
        FormatInteger(value < 0 ? 0UL - (ulong)value : (ulong)value, value < 0, TruncateToWidth((ulong)value, bitWidth), format);

    public static string FormatUInt64(ulong value, string format) => FormatInteger(value, false, value, format);

    private static ulong TruncateToWidth(ulong bits, int bitWidth) => bitWidth >= 64 ? bits : bits & ((1UL << bitWidth) - 1);

    private static string FormatInteger(ulong magnitude, bool negative, ulong bitPattern, string format)
    {
        if (format == null || format.Length == 0)
            return negative ? Int64ToString(-(long)magnitude) : UInt64ToString(magnitude);
        char* digits = stackalloc char[IntegerFormatter.MaxDecimalChars];
        var number = new DecimalNumber(digits);
        number.SetUInt64(magnitude, negative);
        var output = new StringBuilder();
        if (StandardNumberFormatter.TryParseSpecifier(format, out char specifier, out int precision))
        {
            if (specifier == 'X' || specifier == 'x')
                return Hex(bitPattern, precision, specifier == 'x' ? HexCase.Lower : HexCase.Upper);
            if (!StandardNumberFormatter.TryFormat(ref number, specifier, precision, NumberKind.Integer, output))
                throw new FormatException("Format specifier was invalid.");
            return output.ToString();
        }
        CustomNumberFormatter.Format(ref number, format, NumberKind.Integer, output);
        return output.ToString();
    }

    public static string FormatDouble(double value, string format)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || format == null || format.Length == 0)
            return value.ToString();
        char* digits = stackalloc char[DecimalNumber.MaxDigits];
        var number = new DecimalNumber(digits);
        var output = new StringBuilder();
        if (StandardNumberFormatter.TryParseSpecifier(format, out char specifier, out int precision))
        {
            char upper = specifier >= 'a' ? (char)(specifier - 32) : specifier;
            if (upper == 'R' || (upper == 'G' && precision <= 0))
                return value.ToString();
            number.SetDouble(value);
            if (upper == 'X' || !StandardNumberFormatter.TryFormat(ref number, specifier, precision, NumberKind.Double, output))
                throw new FormatException("Format specifier was invalid.");
            return output.ToString();
        }
        number.SetDouble(value);
        number.Round(CustomFormatDoubleDigits, MidpointRule.ToEven);
        CustomNumberFormatter.Format(ref number, format, NumberKind.Double, output);
        return output.ToString();
    }

    private static string Hex(ulong value, int precision, HexCase letterCase)
    {
        int minimumDigits = precision < 0 ? 0 : precision;
        char* buffer = stackalloc char[minimumDigits > 16 ? minimumDigits : 16];
        return new string(buffer, 0, IntegerFormatter.FormatHex(value, minimumDigits, letterCase, buffer));
    }
}
