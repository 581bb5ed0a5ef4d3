// DateTime as text in .NET's invariant culture: ToString with the standard formats (d, D,
// f, F, g, G, M, o, r, s, t, T, u, U, Y) expanded to their invariant patterns, and custom
// formats (DateTimeFormatText); Parse/TryParse of ISO 8601 and the invariant MM/dd/yyyy
// shape (DateTimeParser).
using System.Globalization;

namespace System;

public readonly partial struct DateTime
{
    private const string LongDatePattern = "dddd, dd MMMM yyyy";
    private const string RoundTripPattern = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
    private const string Rfc1123Pattern = "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";

    public override string ToString() => ToString("G");
    public string ToString(IFormatProvider provider) => ToString("G");
    public string ToString(string format, IFormatProvider provider) => ToString(format);

    public string ToString(string format)
    {
        if (string.IsNullOrEmpty(format))
            format = "G";
        if (format.Length > 1)
            return DateTimeFormatText.Format(this, format);
        DateTime value = this;
        string pattern;
        switch (format[0])
        {
            case 'd': pattern = "MM/dd/yyyy"; break;
            case 'D': pattern = LongDatePattern; break;
            case 'f': pattern = LongDatePattern + " HH:mm"; break;
            case 'F': pattern = LongDatePattern + " HH:mm:ss"; break;
            case 'g': pattern = "MM/dd/yyyy HH:mm"; break;
            case 'G': pattern = "MM/dd/yyyy HH:mm:ss"; break;
            case 'm': case 'M': pattern = "MMMM dd"; break;
            case 'o': case 'O': pattern = RoundTripPattern; break;
            case 'r': case 'R': pattern = Rfc1123Pattern; value = ToUniversalIfLocal(); break;
            case 's': pattern = "yyyy'-'MM'-'dd'T'HH':'mm':'ss"; break;
            case 't': pattern = "HH:mm"; break;
            case 'T': pattern = "HH:mm:ss"; break;
            case 'u': pattern = "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"; value = ToUniversalIfLocal(); break;
            case 'U': pattern = LongDatePattern + " HH:mm:ss"; value = ToUniversalTime(); break;
            case 'y': case 'Y': pattern = "yyyy MMMM"; break;
            default: throw new FormatException("Input string was not in a correct format.");
        }
        return DateTimeFormatText.Format(value, pattern);
    }

    private DateTime ToUniversalIfLocal() => Kind == DateTimeKind.Local ? ToUniversalTime() : this;

    public string ToShortDateString() => ToString("d");
    public string ToLongDateString() => ToString("D");
    public string ToShortTimeString() => ToString("t");
    public string ToLongTimeString() => ToString("T");

    public static DateTime Parse(string s) => Parse(s, null, DateTimeStyles.None);
    public static DateTime Parse(string s, IFormatProvider provider) => Parse(s, provider, DateTimeStyles.None);

    public static DateTime Parse(string s, IFormatProvider provider, DateTimeStyles styles)
    {
        if (s == null)
            throw new ArgumentNullException("s");
        if (!DateTimeParser.TryParse(s, styles, out DateTime result))
            throw new FormatException($"String '{s}' was not recognized as a valid DateTime.");
        return result;
    }

    public static bool TryParse(string s, out DateTime result) => TryParse(s, null, DateTimeStyles.None, out result);

    public static bool TryParse(string s, IFormatProvider provider, DateTimeStyles styles, out DateTime result)
    {
        result = MinValue;
        return s != null && DateTimeParser.TryParse(s, styles, out result);
    }
}
