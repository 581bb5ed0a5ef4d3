// RENUM [new [, old [, step]]]: renumbers lines from "old" on, starting at "new" with
// "step", and rewrites every line-number reference (GOTO, GOSUB, THEN, ELSE, ON ... GOTO
// lists, RESTORE, RESUME, ON ERROR GOTO, RUN). References to missing lines are kept and
// reported. Works on the stored line texts; returns an error text or null.
using System.Collections.Generic;
using System.Text;
using RalphOS.Basic.Compiling;
using RalphOS.Basic.Lexing;

namespace RalphOS.Basic.Repl;

internal static class Renumberer
{
    public static string Renumber(ProgramStore store, int newStart, int oldStart, int step, StringBuilder warnings)
    {
        if (step <= 0 || newStart < 0) return "Illegal function call";
        var map = new Dictionary<int, int>();
        int next = newStart;
        int highestBelow = -1;
        for (int i = 0; i < store.Count; i++)
        {
            int n = store[i].Number;
            if (n < oldStart) { highestBelow = n; continue; }
            if (next > ProgramStore.MaxLineNumber) return "Illegal function call";
            map[n] = next;
            next += step;
        }
        if (map.Count > 0 && newStart <= highestBelow) return "Illegal function call";
        var lines = new List<ProgramLine>();
        for (int i = 0; i < store.Count; i++)
        {
            ProgramLine line = store[i];
            int number = map.TryGetValue(line.Number, out int nn) ? nn : line.Number;
            lines.Add(ProgramLine.Create(number, Rewrite(line, map, warnings)));
        }
        store.Clear();
        foreach (var l in lines) store.Set(l);
        return null;
    }

    private static string Rewrite(ProgramLine line, Dictionary<int, int> map, StringBuilder warnings)
    {
        string text = line.Text;
        Token[] t = Lexer.Tokenize(text);
        var sb = new StringBuilder();
        int copied = 0;
        bool expectLine = false;
        for (int i = 0; i < t.Length; i++)
        {
            Token tok = t[i];
            if (expectLine && tok.Kind == TokenKind.Number && tok.IsPlainInteger)
            {
                int target = (int)tok.Num;
                if (map.TryGetValue(target, out int renumbered))
                {
                    sb.Append(text.Substring(copied, tok.Pos - copied));
                    sb.Append(renumbered);
                    copied = tok.End;
                }
                else if (target != 0)
                {
                    warnings.Append("Undefined line ").Append(target).Append(" in ").Append(line.Number).Append('\n');
                }
                expectLine = i + 1 < t.Length && t[i + 1].IsSymbol(",");
                continue;
            }
            if (expectLine && tok.IsSymbol(",")) continue;
            expectLine = IsJumpWord(tok) || (tok.IsKeyword(Keyword.To) && i > 0 && t[i - 1].IsKeyword(Keyword.Go))
                || (tok.IsKeyword(Keyword.Sub) && i > 0 && t[i - 1].IsKeyword(Keyword.Go));
        }
        sb.Append(text.Substring(copied));
        return sb.ToString();
    }

    private static bool IsJumpWord(Token t)
    {
        if (t.Kind != TokenKind.Word) return false;
        switch (t.Kw)
        {
            case Keyword.Goto: case Keyword.Gosub: case Keyword.Then: case Keyword.Else:
            case Keyword.Restore: case Keyword.Resume:
                return true;
            default:
                return t.Text == "RUN";
        }
    }
}
