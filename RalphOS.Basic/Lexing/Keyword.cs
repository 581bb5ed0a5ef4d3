// Every reserved word of our dialect. None marks a plain identifier. The names match the
// spelling in programs, with "Str" standing for a trailing "$" (LeftStr = LEFT$).
namespace RalphOS.Basic.Lexing;

public enum Keyword
{
    None,
    // Statements
    Print, Let, If, Then, Else, Goto, Gosub, Return, For, To, Step, Next, Sleep, Rem, End,
    Dim, Spawn, Send, Close, On, Error, Resume, While, Wend, Def, Fn, Data, Read, Restore,
    Input, Line, Stop, Randomize, Option, Base, Clear, Swap, Cls, Ping, Go, Sub, MemStats,
    Tasks, Erase,
    // Sequential files (FOR, INPUT, LINE INPUT, PRINT and CLOSE are above; OUTPUT, APPEND
    // and AS are plain words the OPEN rule reads, so old programs keep them as names)
    Open, Write, Eof, Lof, Loc,
    // Graphics (GW-BASIC's, on mode 13h; LINE, CLS and STEP are above)
    Screen, Color, Pset, Preset, Circle, Paint, Point,
    // Operators
    And, Or, Not, Xor, Mod, Eqv, Imp,
    // Functions
    Abs, Int, Fix, Sgn, Sqr, Sin, Cos, Tan, Atn, Exp, Log, Rnd, Len, LeftStr, RightStr,
    MidStr, Instr, ChrStr, Asc, StrStr, Val, HexStr, OctStr, SpaceStr, StringStr, UcaseStr,
    LcaseStr, Timer, InkeyStr, TimeStr, DateStr, Err, Erl, Tab, Spc, Pos, Mem, Socket,
    Listen, Accept, RecvStr, SockState, Connect, Cint, Csng, Cdbl, LtrimStr, RtrimStr, Argc, ArgStr,
    ResolveStr, HttpGetStr, HttpStatus, NetErrStr,
}
