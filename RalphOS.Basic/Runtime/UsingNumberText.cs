// UsingNumberText: the digits of a number in a PRINT USING field, fixed ("1,234.50") or
// exponential ("2.35E+02"). Called by UsingField.FormatNumber, which adds the sign, the
// dollar, the fill and the "%" of a number too wide. Rounding is half-up on the decimal
// digits NumberFormatter prints (at most 15 significant), so 2.675 in "#.##" is 2.68 as a
// person expects, not the 2.67 of its binary value.
using System.Text;

namespace RalphOS.Basic.Runtime;

internal static class UsingNumberText
{
    private const int ThousandsGroup = 3;

    /// <summary>Appends |x| with the given decimals ("." only when the field has a point).</summary>
    public static void AppendFixed(StringBuilder text, double magnitude, int decimals, bool point, bool thousands)
    {
        string scaled = ScaledInteger(magnitude, decimals);
        string integerPart;
        string fraction;
        if (scaled.Length <= decimals)
        {
            integerPart = "";
            fraction = scaled.PadLeft(decimals, '0');
        }
        else
        {
            integerPart = scaled.Substring(0, scaled.Length - decimals);
            fraction = scaled.Substring(scaled.Length - decimals);
        }
        if (magnitude == 0 && point) integerPart = "";
        text.Append(thousands ? Grouped(integerPart) : integerPart);
        if (point) text.Append('.').Append(fraction);
    }

    /// <summary>Appends |x| as before digits, [point, decimals digits], E, sign, exponent.</summary>
    public static void AppendScientific(StringBuilder text, double magnitude, int before, int decimals, bool point)
    {
        int requested = before + decimals;
        if (magnitude == 0)
        {
            // GW-BASIC prints a zero without its digits unless the field has a point.
            if (point) text.Append('.').Append(new string('0', decimals));
            text.Append("E+00");
            return;
        }
        StringBuilder digits = NumberFormatter.SignificantDigitsOf(magnitude, out int sciExp);
        int work = requested < NumberFormatter.SignificantDigits ? requested : NumberFormatter.SignificantDigits;
        // No digits at all ("#^^^^" after the sign position): the exponent of 0.d x 10^(e+1).
        if (work > 0) sciExp += RoundTo(digits, work);
        while (digits.Length < requested) digits.Append('0');
        digits.Length = requested;
        string all = digits.ToString();
        text.Append(all.Substring(0, before));
        if (decimals > 0) text.Append('.').Append(all.Substring(before, decimals));
        else if (point) text.Append('.');
        int exponent = sciExp - before + 1;
        text.Append(exponent < 0 ? "E-" : "E+");
        if (exponent < 0) exponent = -exponent;
        if (exponent < 10) text.Append('0');
        text.Append(exponent);
    }

    /// <summary>round(x * 10^decimals) as decimal digits without leading zeros ("0" for 0).</summary>
    private static string ScaledInteger(double magnitude, int decimals)
    {
        if (magnitude == 0) return "0";
        StringBuilder digits = NumberFormatter.SignificantDigitsOf(magnitude, out int sciExp);
        int keep = sciExp + 1 + decimals;
        if (keep < 0) return "0";
        if (keep == 0) return digits[0] >= '5' ? "1" : "0";
        RoundTo(digits, keep);
        while (digits.Length < keep) digits.Append('0');
        return digits.ToString();
    }

    /// <summary>Rounds the digit string half-up to n digits (padding is the caller's); returns
    /// 1 when a carry made it one digit longer (999 -> 1000: the exponent grows).</summary>
    private static int RoundTo(StringBuilder digits, int n)
    {
        if (digits.Length <= n) return 0;
        bool up = digits[n] >= '5';
        digits.Length = n;
        if (!up) return 0;
        for (int k = n - 1; k >= 0; k--)
        {
            if (digits[k] != '9')
            {
                digits[k] = (char)(digits[k] + 1);
                return 0;
            }
            digits[k] = '0';
        }
        digits.Insert(0, '1');
        return 1;
    }

    private static string Grouped(string integerPart)
    {
        if (integerPart.Length <= ThousandsGroup) return integerPart;
        var sb = new StringBuilder();
        int first = integerPart.Length % ThousandsGroup;
        if (first == 0) first = ThousandsGroup;
        sb.Append(integerPart.Substring(0, first));
        for (int i = first; i < integerPart.Length; i += ThousandsGroup) sb.Append(',').Append(integerPart.Substring(i, ThousandsGroup));
        return sb.ToString();
    }
}
