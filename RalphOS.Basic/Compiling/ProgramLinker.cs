// ProgramLinker: resolves line numbers to pcs, pairs each FOR with the NEXT that closes
// it (textual nesting) and each WHILE with its WEND. Runs once per compile (RUN after an
// edit) and once per direct-mode line. Called by ProgramCompiler; stmts call PcOfLine.
using System.Collections.Generic;
using RalphOS.Basic.Nodes;

namespace RalphOS.Basic.Compiling;

internal sealed class ProgramLinker
{
    private readonly Dictionary<int, int> _lineToPc;

    public ProgramLinker(Dictionary<int, int> lineToPc) { _lineToPc = lineToPc; }

    /// <summary>Pc of a line's first statement, or -1 if the line does not exist.</summary>
    public int PcOfLine(int line) => _lineToPc.TryGetValue(line, out int pc) ? pc : -1;

    public void Link(List<Stmt> code, int from, int to)
    {
        for (int i = from; i < to; i++) code[i].Link(this);
        MatchLoops(code, from, to);
    }

    private static void MatchLoops(List<Stmt> code, int from, int to)
    {
        var fors = new List<ForStmt>();
        var whiles = new List<int>();
        for (int i = from; i < to; i++)
        {
            Stmt s = code[i];
            if (s is ForStmt f) fors.Add(f);
            else if (s is NextStmt n) CloseFor(fors, n.Slot, i + 1);
            else if (s is WhileStmt) whiles.Add(i);
            else if (s is WendStmt w && whiles.Count > 0)
            {
                int w0 = whiles[whiles.Count - 1];
                whiles.RemoveAt(whiles.Count - 1);
                w.WhilePc = w0;
                ((WhileStmt)code[w0]).ExitPc = i + 1;
            }
        }
    }

    private static void CloseFor(List<ForStmt> fors, int slot, int afterNext)
    {
        for (int k = fors.Count - 1; k >= 0; k--)
        {
            if (slot >= 0 && fors[k].Slot != slot) continue;
            fors[k].SkipPc = afterNext;
            while (fors.Count > k) fors.RemoveAt(fors.Count - 1);
            return;
        }
    }
}
