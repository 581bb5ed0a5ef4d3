// SeedDialect: tells a program written for the seed's small BASIC from a GW-BASIC one, for
// the one rule where the two disagree in a way that breaks programs: STR$ of a number
// that is not negative. GW-BASIC gives it a leading space (STR$(1) = " 1"); the seed gave
// none, and its programs build text with STR$ (its TODO app's `/delete?id=` links), which
// the space breaks. A program is a seed program when every keyword it uses is one the
// seed had and at least one of them is a word GW-BASIC lacks (SOCKET, SEND, SLEEP, ...):
// no GW-BASIC program qualifies, and any GW-BASIC-only word (LTRIM$, ELSE, OPEN, ...)
// makes a program a GW-BASIC one. Keywords a program uses as variable names do not count.
// The REPL asks at every compile (BasicRepl.EnsureCompiled); Machine.SeedStrings carries
// the answer to STR$ (direct-mode lines follow the program in memory).
using System.Collections.Generic;
using RalphOS.Basic.Lexing;

namespace RalphOS.Basic.Compiling;

internal static class SeedDialect
{
    /// <summary>The seed's words that GW-BASIC does not have.</summary>
    private static readonly Keyword[] s_notGwBasic =
    {
        Keyword.Sleep, Keyword.Spawn, Keyword.Send, Keyword.Mem, Keyword.Socket, Keyword.Listen,
        Keyword.Accept, Keyword.RecvStr, Keyword.SockState,
    };

    public static bool IsSeedProgram(ProgramStore store, HashSet<Keyword> shadowed)
    {
        bool seedOnly = false;
        for (int i = 0; i < store.Count; i++)
        {
            foreach (Token t in store[i].Tokens)
            {
                if (t.Kind != TokenKind.Word || t.Kw == Keyword.None || shadowed.Contains(t.Kw)) continue;
                if (!KeywordTable.IsSeedWord(t.Kw)) return false;
                if (System.Array.IndexOf(s_notGwBasic, t.Kw) >= 0) seedOnly = true;
            }
        }
        return seedOnly;
    }
}
