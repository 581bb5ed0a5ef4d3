// Spelling <-> Keyword, and which words the seed's small dialect already reserved. A word
// reserved only by our extended dialect is "soft": a program may still use it as a variable
// (the seed's programs use POS and WAIT as names), and the parser decides from context.
using System.Collections.Generic;

namespace RalphOS.Basic.Lexing;

public static class KeywordTable
{
    private static readonly Dictionary<string, Keyword> s_byName = Build();
    private static readonly HashSet<Keyword> s_seedWords = BuildSeed();

    /// <summary>The keyword spelled by an upper-case word (with its "$"), or None.</summary>
    public static Keyword Lookup(string upperWord)
    {
        return s_byName.TryGetValue(upperWord, out Keyword k) ? k : Keyword.None;
    }

    /// <summary>True when the seed dialect did not reserve the word.</summary>
    public static bool IsSoft(Keyword k) => k != Keyword.None && !s_seedWords.Contains(k);

    /// <summary>True for a word the seed's dialect had.</summary>
    public static bool IsSeedWord(Keyword k) => s_seedWords.Contains(k);

    private static Dictionary<string, Keyword> Build()
    {
        var d = new Dictionary<string, Keyword>();
        string[] plain =
        {
            "PRINT", "LET", "IF", "THEN", "ELSE", "GOTO", "GOSUB", "RETURN", "FOR", "TO", "STEP",
            "NEXT", "SLEEP", "REM", "END", "DIM", "SPAWN", "SEND", "CLOSE", "ON", "ERROR",
            "RESUME", "WHILE", "WEND", "DEF", "FN", "DATA", "READ", "RESTORE", "INPUT", "LINE",
            "STOP", "RANDOMIZE", "OPTION", "BASE", "CLEAR", "SWAP", "CLS", "PING", "GO", "SUB",
            "MEMSTATS", "TASKS", "ERASE", "AND", "OR", "NOT", "XOR", "MOD", "EQV", "IMP", "ABS",
            "INT", "FIX", "SGN", "SQR", "SIN", "COS", "TAN", "ATN", "EXP", "LOG", "RND", "LEN",
        };
        Keyword[] plainKeys =
        {
            Keyword.Print, Keyword.Let, Keyword.If, Keyword.Then, Keyword.Else, Keyword.Goto,
            Keyword.Gosub, Keyword.Return, Keyword.For, Keyword.To, Keyword.Step, Keyword.Next,
            Keyword.Sleep, Keyword.Rem, Keyword.End, Keyword.Dim, Keyword.Spawn, Keyword.Send,
            Keyword.Close, Keyword.On, Keyword.Error, Keyword.Resume, Keyword.While,
            Keyword.Wend, Keyword.Def, Keyword.Fn, Keyword.Data, Keyword.Read, Keyword.Restore,
            Keyword.Input, Keyword.Line, Keyword.Stop, Keyword.Randomize, Keyword.Option,
            Keyword.Base, Keyword.Clear, Keyword.Swap, Keyword.Cls, Keyword.Ping, Keyword.Go,
            Keyword.Sub, Keyword.MemStats, Keyword.Tasks, Keyword.Erase, Keyword.And,
            Keyword.Or, Keyword.Not, Keyword.Xor, Keyword.Mod, Keyword.Eqv, Keyword.Imp,
            Keyword.Abs, Keyword.Int, Keyword.Fix, Keyword.Sgn, Keyword.Sqr, Keyword.Sin,
            Keyword.Cos, Keyword.Tan, Keyword.Atn, Keyword.Exp, Keyword.Log, Keyword.Rnd,
            Keyword.Len,
        };
        for (int i = 0; i < plain.Length; i++) d[plain[i]] = plainKeys[i];
        string[] more =
        {
            "LEFT$", "RIGHT$", "MID$", "INSTR", "CHR$", "ASC", "STR$", "VAL", "HEX$", "OCT$",
            "SPACE$", "STRING$", "UCASE$", "LCASE$", "TIMER", "INKEY$", "TIME$", "DATE$", "ERR",
            "ERL", "TAB", "SPC", "POS", "MEM", "SOCKET", "LISTEN", "ACCEPT", "RECV$",
            "SOCKSTATE", "CONNECT", "CINT", "CSNG", "CDBL", "LTRIM$", "RTRIM$", "ARGC", "ARG$",
            "RESOLVE$", "HTTPGET$", "HTTPSTATUS", "NETERR$",
        };
        Keyword[] moreKeys =
        {
            Keyword.LeftStr, Keyword.RightStr, Keyword.MidStr, Keyword.Instr, Keyword.ChrStr,
            Keyword.Asc, Keyword.StrStr, Keyword.Val, Keyword.HexStr, Keyword.OctStr,
            Keyword.SpaceStr, Keyword.StringStr, Keyword.UcaseStr, Keyword.LcaseStr,
            Keyword.Timer, Keyword.InkeyStr, Keyword.TimeStr, Keyword.DateStr, Keyword.Err,
            Keyword.Erl, Keyword.Tab, Keyword.Spc, Keyword.Pos, Keyword.Mem, Keyword.Socket,
            Keyword.Listen, Keyword.Accept, Keyword.RecvStr, Keyword.SockState, Keyword.Connect,
            Keyword.Cint, Keyword.Csng, Keyword.Cdbl, Keyword.LtrimStr, Keyword.RtrimStr,
            Keyword.Argc, Keyword.ArgStr,
            Keyword.ResolveStr, Keyword.HttpGetStr, Keyword.HttpStatus, Keyword.NetErrStr,
        };
        for (int i = 0; i < more.Length; i++) d[more[i]] = moreKeys[i];

        string[] graphics = { "SCREEN", "COLOR", "PSET", "PRESET", "CIRCLE", "PAINT", "POINT" };
        Keyword[] graphicsKeys =
        {
            Keyword.Screen, Keyword.Color, Keyword.Pset, Keyword.Preset, Keyword.Circle,
            Keyword.Paint, Keyword.Point,
        };
        for (int i = 0; i < graphics.Length; i++) d[graphics[i]] = graphicsKeys[i];

        string[] files = { "OPEN", "WRITE", "EOF", "LOF", "LOC" };
        Keyword[] fileKeys = { Keyword.Open, Keyword.Write, Keyword.Eof, Keyword.Lof, Keyword.Loc };
        for (int i = 0; i < files.Length; i++) d[files[i]] = fileKeys[i];
        return d;
    }

    private static HashSet<Keyword> BuildSeed()
    {
        return new HashSet<Keyword>
        {
            Keyword.Print, Keyword.Let, Keyword.If, Keyword.Then, Keyword.Goto, Keyword.Gosub,
            Keyword.Return, Keyword.For, Keyword.To, Keyword.Step, Keyword.Next, Keyword.Sleep,
            Keyword.Rem, Keyword.End, Keyword.Dim, Keyword.Spawn, Keyword.Send, Keyword.Close,
            Keyword.Mem, Keyword.ChrStr, Keyword.Asc, Keyword.Len, Keyword.MidStr,
            Keyword.LeftStr, Keyword.Instr, Keyword.StrStr, Keyword.Val, Keyword.Socket,
            Keyword.Listen, Keyword.Accept, Keyword.RecvStr, Keyword.SockState,
        };
    }
}
