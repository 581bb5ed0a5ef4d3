// Number -> text the way MS BASIC prints it, built on double.ToString() (shortest
// round-trip, invariant) and post-processed. The exact rule:
//  1. Take the shortest round-trip digits of |x| and its decimal exponent e
//     (x = d.ddd x 10^e).
//  2. If there are more than 15 significant digits, round the digit string half-up to 15
//     (so 0.1+0.2 = 0.30000000000000004 prints as .3), then drop trailing zeros.
//  3. If -8 <= e <= 14 write it in fixed notation without a leading "0" (".5", "-.25",
//     "123"); otherwise as d.dddE+xx (at least two exponent digits: "1E+15", "1.5E-09").
//  4. Negative numbers get "-". PRINT adds a leading space for x >= 0 and a trailing space;
//     STR$ adds only the leading space. Those are done by the callers (Print, StrStr).
using System.Text;

namespace RalphOS.Basic.Runtime;

public static class NumberFormatter
{
    public const int SignificantDigits = 15;
    private const int MinFixedExponent = -8;
    private const int MaxFixedExponent = 14;

    public static string Format(double x)
    {
        if (x == 0) return "0";
        if (double.IsNaN(x)) return "NaN";
        if (double.IsInfinity(x)) return x > 0 ? "Inf" : "-Inf";
        bool negative = x < 0;
        StringBuilder digits = SignificantDigitsOf(negative ? -x : x, out int sciExp);
        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        if (sciExp >= MinFixedExponent && sciExp <= MaxFixedExponent) AppendFixed(sb, digits, sciExp);
        else AppendScientific(sb, digits, sciExp);
        return sb.ToString();
    }

    /// <summary>
    /// The significant digits of a positive finite x (steps 1 and 2 above: at most 15, no
    /// trailing zeros) and its decimal exponent: x = d.ddd x 10^sciExp. PRINT USING
    /// (UsingNumberText) rounds these further.
    /// </summary>
    internal static StringBuilder SignificantDigitsOf(double x, out int sciExp)
    {
        string raw = x.ToString();
        var digits = new StringBuilder();
        int exponent = 0;
        int pointAt = -1;
        int i = 0;
        for (; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c == '.') { pointAt = digits.Length; continue; }
            if (c == 'E' || c == 'e') break;
            if (c >= '0' && c <= '9') digits.Append(c);
        }
        if (pointAt < 0) pointAt = digits.Length;
        if (i < raw.Length) exponent = ParseExponent(raw, i + 1);
        // Strip leading zeros, moving the point.
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') lead++;
        digits.Remove(0, lead);
        sciExp = pointAt - lead - 1 + exponent;
        if (digits.Length > SignificantDigits) sciExp += RoundDigits(digits);
        int len = digits.Length;
        while (len > 1 && digits[len - 1] == '0') len--;
        digits.Length = len;
        return digits;
    }

    /// <summary>Rounds to SignificantDigits digits; returns 1 if a carry added a digit.</summary>
    private static int RoundDigits(StringBuilder digits)
    {
        bool up = digits[SignificantDigits] >= '5';
        digits.Length = SignificantDigits;
        if (!up) return 0;
        int k = SignificantDigits - 1;
        while (k >= 0)
        {
            if (digits[k] == '9') { digits[k] = '0'; k--; continue; }
            digits[k] = (char)(digits[k] + 1);
            return 0;
        }
        digits.Insert(0, '1');
        digits.Length = SignificantDigits;
        return 1;
    }

    private static void AppendFixed(StringBuilder sb, StringBuilder digits, int sciExp)
    {
        if (sciExp < 0)
        {
            sb.Append('.');
            for (int z = 0; z < -sciExp - 1; z++) sb.Append('0');
            sb.Append(digits.ToString());
            return;
        }
        for (int k = 0; k <= sciExp; k++) sb.Append(k < digits.Length ? digits[k] : '0');
        if (digits.Length > sciExp + 1)
        {
            sb.Append('.');
            for (int k = sciExp + 1; k < digits.Length; k++) sb.Append(digits[k]);
        }
    }

    private static void AppendScientific(StringBuilder sb, StringBuilder digits, int sciExp)
    {
        sb.Append(digits[0]);
        if (digits.Length > 1)
        {
            sb.Append('.');
            for (int k = 1; k < digits.Length; k++) sb.Append(digits[k]);
        }
        sb.Append(sciExp < 0 ? "E-" : "E+");
        int e = sciExp < 0 ? -sciExp : sciExp;
        if (e < 10) sb.Append('0');
        sb.Append(e);
    }

    private static int ParseExponent(string raw, int at)
    {
        bool neg = false;
        if (at < raw.Length && (raw[at] == '+' || raw[at] == '-')) { neg = raw[at] == '-'; at++; }
        int e = 0;
        for (; at < raw.Length && raw[at] >= '0' && raw[at] <= '9'; at++) e = e * 10 + (raw[at] - '0');
        return neg ? -e : e;
    }
}
