// Parser rule for calls of built-in functions: checks argument count and types and picks
// the node class. Functions without arguments (TIMER, INKEY$, ...) take no parentheses.
using RalphOS.Basic.Lexing;
using RalphOS.Basic.Nodes;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Compiling;

internal sealed partial class Parser
{
    private Expr ParseBuiltin(Keyword kw)
    {
        Expr e = ParseBuiltinNode(kw);
        if (e.Height == 0) e.Height = 1;
        if (_nesting > MaxBinaryNesting) Error(ErrorCode.FormulaTooComplex);
        return e;
    }

    private Expr ParseBuiltinNode(Keyword kw)
    {
        switch (kw)
        {
            case Keyword.Abs: return NumCall(NumFunc.Abs);
            case Keyword.Int: return NumCall(NumFunc.Int);
            case Keyword.Fix: return NumCall(NumFunc.Fix);
            case Keyword.Sgn: return NumCall(NumFunc.Sgn);
            case Keyword.Sqr: return NumCall(NumFunc.Sqr);
            case Keyword.Sin: return NumCall(NumFunc.Sin);
            case Keyword.Cos: return NumCall(NumFunc.Cos);
            case Keyword.Tan: return NumCall(NumFunc.Tan);
            case Keyword.Atn: return NumCall(NumFunc.Atn);
            case Keyword.Exp: return NumCall(NumFunc.Exp);
            case Keyword.Log: return NumCall(NumFunc.Log);
            case Keyword.Cint: return NumCall(NumFunc.Cint);
            case Keyword.Csng: case Keyword.Cdbl: return NumCall(NumFunc.Cdbl);
            case Keyword.Pos: return NumCall(NumFunc.Pos);
            case Keyword.Mem: return NumCall(NumFunc.Mem);
            case Keyword.Rnd:
                if (!Peek.IsSymbol("(")) return new NumOfNothing(NumFunc0.Rnd);
                return NumCall(NumFunc.Rnd);
            case Keyword.Timer: return new NumOfNothing(NumFunc0.Timer);
            case Keyword.Err: return new NumOfNothing(NumFunc0.Err);
            case Keyword.Erl: return new NumOfNothing(NumFunc0.Erl);
            case Keyword.Socket:
                if (AcceptSymbol("(")) ExpectSymbol(")");
                return new NumOfNothing(NumFunc0.Socket);
            case Keyword.Len: return new NumOfStr(NumOfStrFunc.Len, StrArg());
            case Keyword.Asc: return new NumOfStr(NumOfStrFunc.Asc, StrArg());
            case Keyword.Val: return new NumOfStr(NumOfStrFunc.Val, StrArg());
            case Keyword.ChrStr: return new StrOfNum(StrFunc.Chr, NumArg());
            case Keyword.StrStr: return new StrOfNum(StrFunc.Str, NumArg());
            case Keyword.HexStr: return new StrOfNum(StrFunc.Hex, NumArg());
            case Keyword.OctStr: return new StrOfNum(StrFunc.Oct, NumArg());
            case Keyword.SpaceStr: return new StrOfNum(StrFunc.Space, NumArg());
            case Keyword.UcaseStr: return new StrOfStr(StrFunc.Ucase, StrArg());
            case Keyword.LcaseStr: return new StrOfStr(StrFunc.Lcase, StrArg());
            case Keyword.LtrimStr: return new StrOfStr(StrFunc.Ltrim, StrArg());
            case Keyword.RtrimStr: return new StrOfStr(StrFunc.Rtrim, StrArg());
            case Keyword.InkeyStr: return new StrOfNothing(StrFunc.Inkey);
            case Keyword.TimeStr: return new StrOfNothing(StrFunc.Time);
            case Keyword.DateStr: return new StrOfNothing(StrFunc.Date);
            case Keyword.LeftStr: return ParseSlice(SliceKind.Left);
            case Keyword.RightStr: return ParseSlice(SliceKind.Right);
            case Keyword.MidStr: return ParseSlice(SliceKind.Mid);
            case Keyword.Instr: return ParseInstr();
            case Keyword.StringStr: return ParseStringOf();
            case Keyword.Listen: return ParseSocketCall(SockFunc.Listen);
            case Keyword.Accept: return ParseSocketCall(SockFunc.Accept);
            case Keyword.SockState: return ParseSocketCall(SockFunc.State);
            case Keyword.Connect: return ParseSocketCall(SockFunc.Connect);
            case Keyword.RecvStr: return new ReceiveCall(NumArg());
            case Keyword.ResolveStr: return new NetTextCall(NetTextFunc.Resolve, StrArg());
            case Keyword.HttpGetStr: return new NetTextCall(NetTextFunc.HttpGet, StrArg());
            case Keyword.HttpStatus: return new HttpStatusValue();
            case Keyword.NetErrStr: return new NetErrorText();
            case Keyword.Spawn: return ParseSpawnCall();
            case Keyword.Argc: return new ArgCount();
            case Keyword.ArgStr: return new ArgText(NumArg());
            case Keyword.Point: return ParsePointCall();
            case Keyword.Eof: return new FileFunction(FileFunc.Eof, NumArg());
            case Keyword.Lof: return new FileFunction(FileFunc.Lof, NumArg());
            case Keyword.Loc: return new FileFunction(FileFunc.Loc, NumArg());
            default:
                Error(ErrorCode.Syntax);
                return s_zero;
        }
    }

    private NumExpr NumCall(NumFunc f) => new NumOfNum(f, NumArg());

    /// <summary>"(" numeric expression ")".</summary>
    private NumExpr NumArg()
    {
        ExpectSymbol("(");
        NumExpr n = Failed ? s_zero : ParseNum();
        ExpectSymbol(")");
        return n;
    }

    private StrExpr StrArg()
    {
        ExpectSymbol("(");
        StrExpr s = Failed ? s_empty : ParseStr();
        ExpectSymbol(")");
        return s;
    }

    private Expr ParseSlice(SliceKind kind)
    {
        ExpectSymbol("(");
        StrExpr s = ParseStr();
        ExpectSymbol(",");
        NumExpr a = ParseNum();
        NumExpr b = null;
        if (kind == SliceKind.Mid && AcceptSymbol(",")) b = ParseNum();
        ExpectSymbol(")");
        return new Slice(kind, s, a, b);
    }

    /// <summary>INSTR([start,] a$, b$).</summary>
    private Expr ParseInstr()
    {
        ExpectSymbol("(");
        Expr first = ParseExpression();
        NumExpr start = null;
        StrExpr hay;
        if (first is NumExpr n)
        {
            start = n;
            ExpectSymbol(",");
            hay = ParseStr();
        }
        else hay = (StrExpr)first;
        ExpectSymbol(",");
        StrExpr needle = ParseStr();
        ExpectSymbol(")");
        return new Instr(start, hay, needle);
    }

    /// <summary>STRING$(n, code) or STRING$(n, s$).</summary>
    private Expr ParseStringOf()
    {
        ExpectSymbol("(");
        NumExpr n = ParseNum();
        ExpectSymbol(",");
        Expr what = ParseExpression();
        ExpectSymbol(")");
        if (what is NumExpr code) return new StringOf(n, code, null);
        return new StringOf(n, null, (StrExpr)what);
    }

    /// <summary>SPAWN("prog" [, arg]...): the statement's arguments, in parentheses.</summary>
    private Expr ParseSpawnCall()
    {
        ExpectSymbol("(");
        StrExpr name = Failed ? s_empty : ParseStr();
        Expr[] args = ParseSpawnArguments();
        ExpectSymbol(")");
        return new SpawnCall(name, args);
    }

    private Expr ParseSocketCall(SockFunc f)
    {
        ExpectSymbol("(");
        NumExpr socket = ParseNum();
        NumExpr port = null;
        StrExpr ip = null;
        if (f == SockFunc.Listen) { ExpectSymbol(","); port = ParseNum(); }
        if (f == SockFunc.Connect) { ExpectSymbol(","); ip = ParseStr(); ExpectSymbol(","); port = ParseNum(); }
        ExpectSymbol(")");
        return new SocketCall(f, socket, port, ip);
    }
}
