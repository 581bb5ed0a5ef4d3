// UsingField: one field of a PRINT USING format string, recognised at a position of the
// format, and the text it makes of one value. PrintUsingFormatter finds the fields and
// the literal text between them; PrintUsingStmt evaluates the values.
// The field grammar (GW-BASIC manual, PRINT USING):
//   string fields:  "!" first character; "\" n spaces "\" n+2 characters (padded);
//                   "&" the whole string.
//   number fields:  ["+"] ["**" | "$$" | "**$"] { "#" | "," } ["." { "#" }] ["^^^^"]
//                   ["+" | "-"] (the trailing sign only without a leading "+"); at
//                   least one digit position ("#", or the 2 of "**" or the 1 of "$$").
// A "," before the point is a digit position too, and asks for thousands separators.
using System.Text;

namespace RalphOS.Basic.Runtime;

internal enum UsingFieldKind { FirstChar, FixedWidth, WholeString, Number }

internal sealed class UsingField
{
    /// <summary>GW-BASIC refuses number fields of more than 24 digit positions.</summary>
    public const int MaxDigits = 24;
    private const string ExponentMarker = "^^^^";

    public UsingFieldKind Kind;
    /// <summary>Characters of the format the field spans (its printed width, except %).</summary>
    public int Width;
    public int DigitsBefore;
    public int Decimals;
    public bool Point;
    public bool Thousands;
    public bool LeadingPlus;
    public char TrailingSign;
    public bool Exponent;
    public bool Dollar;
    public bool AsteriskFill;

    public bool IsString => Kind != UsingFieldKind.Number;

    /// <summary>The field starting at format[at], or null when none starts there.</summary>
    public static UsingField At(string format, int at)
    {
        char c = format[at];
        if (c == '!') return new UsingField { Kind = UsingFieldKind.FirstChar, Width = 1 };
        if (c == '&') return new UsingField { Kind = UsingFieldKind.WholeString, Width = 1 };
        if (c == '\\')
        {
            int end = at + 1;
            while (end < format.Length && format[end] == ' ') end++;
            if (end < format.Length && format[end] == '\\') return new UsingField { Kind = UsingFieldKind.FixedWidth, Width = end - at + 1 };
            return null;
        }
        return NumberAt(format, at);
    }

    private static UsingField NumberAt(string format, int at)
    {
        var f = new UsingField { Kind = UsingFieldKind.Number };
        int i = at;
        if (Char(format, i) == '+') { f.LeadingPlus = true; i++; }
        char c = Char(format, i);
        if (c == '$' || c == '*')
        {
            if (Char(format, i + 1) != c) return null;
            i += 2;
            if (c == '*')
            {
                f.AsteriskFill = true;
                f.DigitsBefore = 2;
                if (Char(format, i) == '$') { f.Dollar = true; i++; }
            }
            else
            {
                f.Dollar = true;
                f.DigitsBefore = 1;
            }
        }
        c = Char(format, i);
        if (c == '.' || c == '#')
        {
            for (; i < format.Length; i++)
            {
                c = format[i];
                if (c == '.' && !f.Point) f.Point = true;
                else if (c == '#' && f.Point) f.Decimals++;
                else if (c == '#' || c == ',' && !f.Point)
                {
                    f.DigitsBefore++;
                    if (c == ',') f.Thousands = true;
                }
                else break;
            }
        }
        if (f.DigitsBefore + f.Decimals == 0) return null;
        if (i + ExponentMarker.Length <= format.Length && format.Substring(i, ExponentMarker.Length) == ExponentMarker)
        {
            f.Exponent = true;
            i += ExponentMarker.Length;
        }
        c = Char(format, i);
        if (!f.LeadingPlus && (c == '+' || c == '-')) { f.TrailingSign = c; i++; }
        f.Width = i - at;
        return f;
    }

    private static char Char(string s, int i) => i < s.Length ? s[i] : '\0';

    /// <summary>A string in a string field: its first character, n characters padded, or all.</summary>
    public string FormatString(string s)
    {
        if (Kind == UsingFieldKind.WholeString) return s;
        if (s.Length >= Width) return s.Substring(0, Width);
        return s.PadRight(Width);
    }

    /// <summary>A number in a number field; "%" in front when it does not fit; null (Illegal
    /// function call) for a field of more than MaxDigits digits.</summary>
    public string FormatNumber(double x)
    {
        if (DigitsBefore + Decimals > MaxDigits) return null;
        bool negative = x < 0;
        double magnitude = negative ? -x : x;
        var text = new StringBuilder();
        string postSign = "";
        int before = DigitsBefore;
        if (LeadingPlus) text.Append(negative ? '-' : '+');
        else if (TrailingSign == '+') postSign = negative ? "-" : "+";
        else if (TrailingSign == '-') postSign = negative ? "-" : " ";
        else
        {
            if (negative) text.Append('-');
            // Without a sign position of its own, a minus takes one digit position
            // (only the exponential form keeps a digit less for it).
            if (!Dollar && before > 0) before--;
        }
        if (Dollar) text.Append('$');
        if (Exponent) UsingNumberText.AppendScientific(text, magnitude, before, Decimals, Point);
        else UsingNumberText.AppendFixed(text, magnitude, Decimals, Point, Thousands);
        text.Append(postSign);
        string value = text.ToString();
        if (value.Length < Width)
        {
            // A zero before the point when there is room: "0.50", "-0.50".
            if (value.StartsWith(".")) value = "0" + value;
            else if (value.StartsWith("+.") || value.StartsWith("-.")) value = value.Substring(0, 1) + "0" + value.Substring(1);
        }
        if (value.Length > Width) return "%" + value;
        return value.PadLeft(Width, AsteriskFill ? '*' : ' ');
    }
}
