// INPUT ["prompt" ;|,] vars and LINE INPUT ["prompt" ;] var$. INPUT re-asks with
// "?Redo from start" when the answer has the wrong count or a non-number for a numeric
// variable; end of input ends the program with "Input past end". Ctrl-C while it waits
// breaks the program there; CONT asks again.
using System.Collections.Generic;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal sealed class InputStmt : Stmt
{
    private const int MaxRetries = 1000;
    private readonly string _prompt;
    private readonly bool _question;
    private readonly LValue[] _targets;
    public InputStmt(string prompt, bool question, LValue[] targets) { _prompt = prompt; _question = question; _targets = targets; }

    public override void Execute(Machine m)
    {
        for (int attempt = 0; attempt < MaxRetries; attempt++)
        {
            m.Write(_question ? _prompt + "? " : _prompt);
            bool read = m.Host.Console.ReadLine(out string line);
            // The terminal ended the line: with Enter, or with "^C" on a break.
            if (m.BreakIfRequested(BreakResume.SameStatement)) { m.Column = 0; return; }
            if (!read) { m.Fail(ErrorCode.InputPastEnd); return; }
            m.Column = 0;
            List<string> fields = SplitFields(line);
            if (fields.Count == _targets.Length && Assign(m, fields)) return;
            if (m.Signal != 0) return;
            m.Write("?Redo from start\n");
        }
        m.Fail(ErrorCode.InputPastEnd);
    }

    private bool Assign(Machine m, List<string> fields)
    {
        var nums = new double[fields.Count];
        for (int i = 0; i < _targets.Length; i++)
        {
            if (_targets[i].IsString) continue;
            if (!NumberParser.TryParseStrict(fields[i], out nums[i]) || double.IsInfinity(nums[i]))
            {
                if (fields[i].Trim().Length != 0) return false;
                nums[i] = 0;
            }
        }
        for (int i = 0; i < _targets.Length; i++)
        {
            if (_targets[i].IsString) _targets[i].AssignStr(m, Unquote(fields[i]));
            else _targets[i].AssignNum(m, nums[i]);
        }
        return true;
    }

    /// <summary>Splits on commas outside double quotes.</summary>
    internal static List<string> SplitFields(string line)
    {
        var fields = new List<string>();
        int start = 0;
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '"') quoted = !quoted;
            else if (line[i] == ',' && !quoted)
            {
                fields.Add(line.Substring(start, i - start));
                start = i + 1;
            }
        }
        fields.Add(line.Substring(start));
        return fields;
    }

    internal static string Unquote(string field)
    {
        string t = field.Trim();
        if (t.Length >= 2 && t[0] == '"' && t[t.Length - 1] == '"') return t.Substring(1, t.Length - 2);
        if (t.Length >= 1 && t[0] == '"') return t.Substring(1);
        return t;
    }
}

internal sealed class LineInputStmt : Stmt
{
    private readonly string _prompt;
    private readonly LValue _target;
    public LineInputStmt(string prompt, LValue target) { _prompt = prompt; _target = target; }

    public override void Execute(Machine m)
    {
        m.Write(_prompt);
        bool read = m.Host.Console.ReadLine(out string line);
        if (m.BreakIfRequested(BreakResume.SameStatement)) { m.Column = 0; return; }
        if (!read) { m.Fail(ErrorCode.InputPastEnd); return; }
        m.Column = 0;
        _target.AssignStr(m, line);
    }
}
