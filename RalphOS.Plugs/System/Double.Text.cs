// Double: its constants, classification, and conversion to and from text with .NET's
// exact output (shortest round-trip digits; invariant culture). The digit algorithms are
// in Internal.Numerics (DoubleFormatter, FixedFormatter, DoubleParser).
using Internal.Numerics;

namespace System;

public unsafe partial struct Double
{
    public const double MinValue = -1.7976931348623157E+308;
    public const double MaxValue = 1.7976931348623157E+308;
    public const double Epsilon = 4.9406564584124654E-324;
    public const double NegativeInfinity = -1.0 / 0.0;
    public const double PositiveInfinity = 1.0 / 0.0;
    public const double NaN = 0.0 / 0.0;

    // NaN is the only value that differs from itself (IEEE 754).
#pragma warning disable CS1718 // comparison to the same variable: intended
    public static bool IsNaN(double d) => d != d;
#pragma warning restore CS1718
    public static bool IsInfinity(double d) => d == PositiveInfinity || d == NegativeInfinity;
    public static bool IsPositiveInfinity(double d) => d == PositiveInfinity;
    public static bool IsNegativeInfinity(double d) => d == NegativeInfinity;
    public static bool IsFinite(double d) => !IsNaN(d) && !IsInfinity(d);

    public override string ToString()
    {
        char* buffer = stackalloc char[DoubleFormatter.MaxShortestChars];
        int length = DoubleFormatter.FormatShortest(_value, buffer);
        return new string(buffer, 0, length);
    }

    // "R" and null/empty are the default shortest form; "F<n>" fixed decimals.
    public string ToString(string format)
    {
        if (format == null || format.Length == 0 || format == "R" || format == "r" || format == "G" || format == "g")
            return ToString();
        if ((format[0] == 'F' || format[0] == 'f') && int.TryParse(format.Substring(1), out int decimals)
            && decimals >= 0 && decimals <= FixedFormatter.MaxDecimals)
        {
            int capacity = FixedFormatter.MaxChars(decimals);
            char* buffer = stackalloc char[capacity];
            int length = FixedFormatter.FormatFixed(_value, decimals, buffer, capacity);
            if (length >= 0)
                return new string(buffer, 0, length);
        }
        Internal.Runtime.Panic.Fail(string.Concat("double.ToString: unsupported format '", format, "'"));
        return null;
    }

    public static bool TryParse(string s, out double result)
    {
        result = 0;
        if (s == null)
            return false;
        fixed (char* text = s)
            return DoubleParser.TryParse(text, s.Length, out result);
    }

    public static double Parse(string s)
    {
        if (!TryParse(s, out double result))
            Internal.Runtime.Panic.Fail(string.Concat("double.Parse: '", s ?? "(null)", "' is not a number"));
        return result;
    }
}
