// Text -> number for VAL (the longest numeric prefix, spaces ignored, 0 if none) and for
// INPUT and READ (the whole item must be a number, else the caller reports an error).
using System.Text;

namespace RalphOS.Basic.Runtime;

public static class NumberParser
{
    private const int MaxNumberChars = 64;

    public static double Val(string s)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < s.Length && (s[i] == ' ' || s[i] == '\t')) i++;
        if (i + 1 < s.Length && s[i] == '&') return Radix(s, i + 1);
        ScanNumber(s, i, sb);
        return TryConvert(sb.ToString(), out double v) ? v : 0;
    }

    /// <summary>Whole-string parse (leading/trailing spaces allowed); false if not a number.</summary>
    public static bool TryParseStrict(string s, out double value)
    {
        value = 0;
        string t = s.Trim();
        if (t.Length == 0 || t.Length > MaxNumberChars) return false;
        if (t[0] == '&') { value = Radix(t, 1); return true; }
        var sb = new StringBuilder();
        int end = ScanNumber(t, 0, sb);
        if (end != t.Length) return false;
        return TryConvert(sb.ToString(), out value);
    }

    /// <summary>Copies sign, digits, point and exponent (spaces skipped) into sb.</summary>
    private static int ScanNumber(string s, int i, StringBuilder sb)
    {
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) sb.Append(s[i++]);
        bool digits = false, point = false;
        for (; i < s.Length && sb.Length < MaxNumberChars; i++)
        {
            char c = s[i];
            if (c == ' ') continue;
            if (char.IsDigit(c)) { sb.Append(c); digits = true; continue; }
            if (c == '.' && !point) { sb.Append(c); point = true; continue; }
            break;
        }
        if (digits && i < s.Length && (s[i] == 'E' || s[i] == 'e' || s[i] == 'D' || s[i] == 'd'))
        {
            int j = i + 1;
            int mark = sb.Length;
            sb.Append('E');
            if (j < s.Length && (s[j] == '+' || s[j] == '-')) sb.Append(s[j++]);
            int expStart = j;
            while (j < s.Length && char.IsDigit(s[j]) && sb.Length < MaxNumberChars) sb.Append(s[j++]);
            if (j == expStart) sb.Length = mark;
            else i = j;
        }
        if (i < s.Length && (s[i] == '#' || s[i] == '!' || s[i] == '%') && digits) i++;
        if (!digits) sb.Length = 0;
        return i;
    }

    private static bool TryConvert(string t, out double v)
    {
        v = 0;
        if (t.Length == 0) return false;
        if (t.StartsWith(".")) t = "0" + t;
        else if (t.StartsWith("-.") || t.StartsWith("+.")) t = t.Substring(0, 1) + "0" + t.Substring(1);
        t = t.Replace(".E", ".0E");
        if (t.EndsWith(".")) t = t + "0";
        return double.TryParse(t, out v);
    }

    private static double Radix(string s, int i)
    {
        int radix = 8;
        if (i < s.Length && (s[i] == 'H' || s[i] == 'h')) { radix = 16; i++; }
        else if (i < s.Length && (s[i] == 'O' || s[i] == 'o')) i++;
        long v = 0;
        for (int n = 0; i < s.Length && n < 16; i++, n++)
        {
            char c = char.ToUpperInvariant(s[i]);
            int d = c >= '0' && c <= '9' ? c - '0' : (c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99);
            if (d >= radix) break;
            v = v * radix + d;
        }
        return v;
    }
}
