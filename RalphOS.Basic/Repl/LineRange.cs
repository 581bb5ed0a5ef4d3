// Parses the line ranges of LIST and DELETE: "", "10", "10-50", "-50", "10-".
namespace RalphOS.Basic.Repl;

internal static class LineRange
{
    public const int Max = 65529;

    /// <summary>False if the text is not a range.</summary>
    public static bool TryParse(string text, out int first, out int last)
    {
        first = 0;
        last = Max;
        string t = text.Trim();
        if (t.Length == 0) return true;
        int dash = t.IndexOf('-');
        if (dash < 0)
        {
            if (!TryNumber(t, out first)) return false;
            last = first;
            return true;
        }
        string a = t.Substring(0, dash).Trim();
        string b = t.Substring(dash + 1).Trim();
        if (a.Length > 0 && !TryNumber(a, out first)) return false;
        if (b.Length > 0 && !TryNumber(b, out last)) return false;
        return first <= last;
    }

    public static bool TryNumber(string t, out int value)
    {
        value = 0;
        if (t.Length == 0 || t.Length > 5) return false;
        for (int i = 0; i < t.Length; i++)
        {
            if (t[i] < '0' || t[i] > '9') return false;
            value = value * 10 + (t[i] - '0');
        }
        return value <= Max;
    }
}
