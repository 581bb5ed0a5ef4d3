// Built-in numeric functions of one number (ABS, INT, SIN, ...), of no argument (TIMER,
// ERR, ERL, RND, POS) and of one string (LEN, ASC, VAL). One node class per shape, with
// a switch on the function: the switch is cheaper than the math it selects.
using System;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal enum NumFunc { Abs, Int, Fix, Sgn, Sqr, Sin, Cos, Tan, Atn, Exp, Log, Rnd, Cint, Cdbl, Pos, Mem }

internal sealed class NumOfNum : NumExpr
{
    private readonly NumFunc _f;
    private readonly NumExpr _a;
    public NumOfNum(NumFunc f, NumExpr a) { _f = f; _a = a; }

    public override double Eval(Machine m)
    {
        double x = _a.Eval(m);
        switch (_f)
        {
            case NumFunc.Abs: return Math.Abs(x);
            case NumFunc.Int: return Math.Floor(x);
            case NumFunc.Fix: return Math.Truncate(x);
            case NumFunc.Sgn: return x > 0 ? 1 : (x < 0 ? -1 : 0);
            case NumFunc.Sqr:
                if (x < 0) { m.Fail(ErrorCode.IllegalFunctionCall); return 0; }
                return Math.Sqrt(x);
            case NumFunc.Sin: return Math.Sin(x);
            case NumFunc.Cos: return Math.Cos(x);
            case NumFunc.Tan: return Math.Tan(x);
            case NumFunc.Atn: return Math.Atan(x);
            case NumFunc.Exp:
                double e = Math.Exp(x);
                if (double.IsInfinity(e)) m.Fail(ErrorCode.Overflow);
                return e;
            case NumFunc.Log:
                if (x <= 0) { m.Fail(ErrorCode.IllegalFunctionCall); return 0; }
                return Math.Log(x);
            case NumFunc.Rnd: return m.Rng.Next(x);
            case NumFunc.Cint: return m.ToInteger(x);
            case NumFunc.Pos: return m.Column + 1;
            case NumFunc.Mem: return m.Host.System.Mem((int)x);
            default: return x;
        }
    }
}

internal enum NumFunc0 { Timer, Err, Erl, Rnd, Socket }

internal sealed class NumOfNothing : NumExpr
{
    private readonly NumFunc0 _f;
    public NumOfNothing(NumFunc0 f) { _f = f; }

    public override double Eval(Machine m)
    {
        switch (_f)
        {
            case NumFunc0.Timer: return m.Timer();
            case NumFunc0.Err: return (int)m.TrappedError;
            case NumFunc0.Erl: return m.TrappedLine;
            case NumFunc0.Rnd: return m.Rng.Next(1);
            default: return SocketHandles.ToProgram(m.Host.Sockets.Socket());
        }
    }
}

internal enum NumOfStrFunc { Len, Asc, Val }

internal sealed class NumOfStr : NumExpr
{
    private readonly NumOfStrFunc _f;
    private readonly StrExpr _a;
    public NumOfStr(NumOfStrFunc f, StrExpr a) { _f = f; _a = a; }

    public override double Eval(Machine m)
    {
        string s = _a.Eval(m);
        switch (_f)
        {
            case NumOfStrFunc.Len: return s.Length;
            case NumOfStrFunc.Asc:
                if (s.Length == 0) { m.Fail(ErrorCode.IllegalFunctionCall); return 0; }
                return s[0];
            default: return NumberParser.Val(s);
        }
    }
}

/// <summary>INSTR([start,] haystack$, needle$): 1-based position or 0.</summary>
internal sealed class Instr : NumExpr
{
    private readonly NumExpr _start;
    private readonly StrExpr _hay, _needle;
    public Instr(NumExpr start, StrExpr hay, StrExpr needle) { _start = start; _hay = hay; _needle = needle; }

    public override double Eval(Machine m)
    {
        int start = 1;
        if (_start != null)
        {
            double s = _start.Eval(m);
            if (s < 1 || s > 2147483647) { m.Fail(ErrorCode.IllegalFunctionCall); return 0; }
            start = (int)s;
        }
        string hay = _hay.Eval(m);
        string needle = _needle.Eval(m);
        if (start > hay.Length) return 0;
        if (needle.Length == 0) return start;
        return OrdinalIndexOf(hay, needle, start - 1) + 1;
    }

    /// <summary>First position of needle in hay at or after from (char by char), or -1.</summary>
    internal static int OrdinalIndexOf(string hay, string needle, int from)
    {
        int last = hay.Length - needle.Length;
        for (int i = from; i <= last; i++)
        {
            int k = 0;
            while (k < needle.Length && hay[i + k] == needle[k]) k++;
            if (k == needle.Length) return i;
        }
        return -1;
    }
}
