// Built-in string functions: of one number (CHR$, STR$, HEX$, OCT$, SPACE$), of one string
// (UCASE$, LCASE$, LTRIM$, RTRIM$), of nothing (INKEY$, TIME$, DATE$), and the slicers
// LEFT$, RIGHT$, MID$ and STRING$. Lengths are checked against the memory limit.
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal enum StrFunc { Chr, Str, Hex, Oct, Space, Ucase, Lcase, Ltrim, Rtrim, Inkey, Time, Date }

internal sealed class StrOfNum : StrExpr
{
    private const int CachedChars = 256;
    /// <summary>CHR$ of 0..255 without allocating (string building loops call it a lot).</summary>
    private static readonly string[] s_chars = BuildChars();
    private readonly StrFunc _f;
    private readonly NumExpr _a;
    public StrOfNum(StrFunc f, NumExpr a) { _f = f; _a = a; }

    public override string Eval(Machine m)
    {
        double x = _a.Eval(m);
        switch (_f)
        {
            case StrFunc.Chr:
                if (x < 0 || x > 65535) { m.Fail(ErrorCode.IllegalFunctionCall); return ""; }
                int code = (int)x;
                return code < CachedChars ? s_chars[code] : new string((char)code, 1);
            case StrFunc.Str:
                string t = NumberFormatter.Format(x);
                return x >= 0 && !m.SeedStrings ? " " + t : t;
            case StrFunc.Hex: return Radix(m.ToInteger(x), 16);
            case StrFunc.Oct: return Radix(m.ToInteger(x), 8);
            default:
                if (x < 0 || x > 2147483647) { m.Fail(ErrorCode.IllegalFunctionCall); return ""; }
                if (!m.CanAllocateChars((long)x)) return "";
                return new string(' ', (int)x);
        }
    }

    private static string[] BuildChars()
    {
        var table = new string[CachedChars];
        for (int i = 0; i < CachedChars; i++) table[i] = new string((char)i, 1);
        return table;
    }

    private static string Radix(long value, int radix)
    {
        ulong v = (ulong)value;
        if (v == 0) return "0";
        var buf = new char[64];
        int n = 0;
        while (v != 0 && n < 64)
        {
            int d = (int)(v % (ulong)radix);
            buf[63 - n] = (char)(d < 10 ? '0' + d : 'A' + d - 10);
            n++;
            v /= (ulong)radix;
        }
        return new string(buf, 64 - n, n);
    }
}

internal sealed class StrOfStr : StrExpr
{
    private readonly StrFunc _f;
    private readonly StrExpr _a;
    public StrOfStr(StrFunc f, StrExpr a) { _f = f; _a = a; }

    public override string Eval(Machine m)
    {
        string s = _a.Eval(m);
        switch (_f)
        {
            case StrFunc.Ucase: return s.ToUpperInvariant();
            case StrFunc.Lcase: return s.ToLowerInvariant();
            case StrFunc.Ltrim: return s.TrimStart(' ');
            default: return s.TrimEnd(' ');
        }
    }
}

internal sealed class StrOfNothing : StrExpr
{
    private readonly StrFunc _f;
    public StrOfNothing(StrFunc f) { _f = f; }

    public override string Eval(Machine m)
    {
        switch (_f)
        {
            case StrFunc.Inkey: return m.Host.Console.ReadKey();
            case StrFunc.Time: return m.TimeString();
            default: return m.DateString();
        }
    }
}

internal enum SliceKind { Left, Right, Mid }

/// <summary>LEFT$(s$, n), RIGHT$(s$, n), MID$(s$, start [, n]).</summary>
internal sealed class Slice : StrExpr
{
    private readonly SliceKind _kind;
    private readonly StrExpr _s;
    private readonly NumExpr _a, _b;
    public Slice(SliceKind kind, StrExpr s, NumExpr a, NumExpr b) { _kind = kind; _s = s; _a = a; _b = b; }

    public override string Eval(Machine m)
    {
        string s = _s.Eval(m);
        double a = _a.Eval(m);
        if (_kind == SliceKind.Mid)
        {
            double n = _b == null ? s.Length : _b.Eval(m);
            if (a < 1 || a > 2147483647 || n < 0) { m.Fail(ErrorCode.IllegalFunctionCall); return ""; }
            int start = (int)a - 1;
            if (start >= s.Length) return "";
            int len = n > s.Length - start ? s.Length - start : (int)n;
            return s.Substring(start, len);
        }
        if (a < 0) { m.Fail(ErrorCode.IllegalFunctionCall); return ""; }
        int count = a > s.Length ? s.Length : (int)a;
        return _kind == SliceKind.Left ? s.Substring(0, count) : s.Substring(s.Length - count);
    }
}

/// <summary>STRING$(n, code) or STRING$(n, s$): n copies of a character.</summary>
internal sealed class StringOf : StrExpr
{
    private readonly NumExpr _n, _code;
    private readonly StrExpr _s;
    public StringOf(NumExpr n, NumExpr code, StrExpr s) { _n = n; _code = code; _s = s; }

    public override string Eval(Machine m)
    {
        double n = _n.Eval(m);
        char c;
        if (_code != null)
        {
            double code = _code.Eval(m);
            if (code < 0 || code > 65535) { m.Fail(ErrorCode.IllegalFunctionCall); return ""; }
            c = (char)(int)code;
        }
        else
        {
            string s = _s.Eval(m);
            if (s.Length == 0) { m.Fail(ErrorCode.IllegalFunctionCall); return ""; }
            c = s[0];
        }
        if (n < 0 || n > 2147483647) { m.Fail(ErrorCode.IllegalFunctionCall); return ""; }
        if (!m.CanAllocateChars((long)n)) return "";
        return new string(c, (int)n);
    }
}
