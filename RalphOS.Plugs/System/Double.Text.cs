// Double: its constants, classification, and conversion to and from text with .NET's
// exact output (shortest round-trip digits; invariant culture). The digit algorithms are
// in Internal.Numerics (DoubleFormatter, DoubleParser); formats in Number.Formatting.cs.
using System.Globalization;
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

    // Standard ("F2", "E3", "N", "P1", "G17", "R") and custom ("0.00") formats, invariant culture.
    public string ToString(string format) => Number.FormatDouble(_value, format);
    public string ToString(IFormatProvider provider) => ToString();
    public string ToString(string format, IFormatProvider provider) => ToString(format);

    public static bool TryParse(string s, out double result)
    {
        result = 0;
        if (s == null)
            return false;
        fixed (char* text = s)
            return DoubleParser.TryParse(text, s.Length, out result);
    }

    public static bool TryParse(string s, IFormatProvider provider, out double result) => TryParse(s, out result);
    public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out double result) => TryParse(s, out result);

    public static double Parse(string s, IFormatProvider provider) => Parse(s);
    public static double Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s);

    // As .NET: ArgumentNullException for null, FormatException for text that is not a number.
    public static double Parse(string s)
    {
        if (s == null)
            throw new ArgumentNullException("s");
        if (!TryParse(s, out double result))
            throw new FormatException($"The input string '{s}' was not in a correct format.");
        return result;
    }
}
