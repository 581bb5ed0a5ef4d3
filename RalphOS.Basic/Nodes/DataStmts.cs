// READ and RESTORE over the DATA items the compiler collected from the whole program.
// A non-number read into a numeric variable is a "Syntax error" reported at the DATA line.
using RalphOS.Basic.Compiling;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal sealed class ReadStmt : Stmt
{
    private readonly LValue[] _targets;
    public ReadStmt(LValue[] targets) { _targets = targets; }

    public override void Execute(Machine m)
    {
        for (int i = 0; i < _targets.Length && m.Signal == 0; i++)
        {
            if (m.DataPtr >= m.DataItems.Length) { m.Fail(ErrorCode.OutOfData); return; }
            int k = m.DataPtr++;
            string item = m.DataItems[k];
            if (_targets[i].IsString) { _targets[i].AssignStr(m, item); continue; }
            double v = 0;
            if (m.DataQuoted[k] || (item.Length > 0 && !NumberParser.TryParseStrict(item, out v)))
            {
                m.Fail(ErrorCode.Syntax);
                m.ErrorLineOverride = m.DataLine[k];
                return;
            }
            if (double.IsInfinity(v)) { m.Fail(ErrorCode.Overflow); return; }
            _targets[i].AssignNum(m, v);
        }
    }
}

internal sealed class RestoreStmt : Stmt
{
    private readonly int _line;
    public RestoreStmt(int line) { _line = line; }

    public override void Execute(Machine m)
    {
        int k = 0;
        if (_line >= 0) while (k < m.DataLine.Length && m.DataLine[k] < _line) k++;
        m.DataPtr = k;
    }
}
