// GW-BASIC's sequential file statements: OPEN (both forms), CLOSE (files, and the seed's
// sockets), PRINT #n and WRITE #n (any console output statement wrapped so Machine.Write
// goes to the file), WRITE, INPUT #n and LINE INPUT #n. The file table and its errors are
// Machine's (Runtime/MachineFiles.cs); the parser builds these (Compiling/ParserFiles.cs).
using System.Text;
using RalphOS.Basic.Compiling;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

/// <summary>OPEN name FOR INPUT|OUTPUT|APPEND AS #n (mode 'I', 'O', 'A'; 'R' is the random
/// mode, which we lack: "Bad file mode"), or OPEN mode$, #n, name (modeText set).</summary>
internal sealed class OpenStmt : Stmt
{
    private readonly char _mode;
    private readonly StrExpr _modeText;
    private readonly NumExpr _number;
    private readonly StrExpr _name;

    public OpenStmt(char mode, StrExpr modeText, NumExpr number, StrExpr name)
    {
        _mode = mode;
        _modeText = modeText;
        _number = number;
        _name = name;
    }

    public override void Execute(Machine m)
    {
        char mode = _mode;
        if (_modeText != null)
        {
            string text = _modeText.Eval(m);
            mode = text.Length > 0 ? char.ToUpperInvariant(text[0]) : ' ';
        }
        string name = _name.Eval(m);
        double number = _number.Eval(m);
        if (m.Signal != 0) return;
        switch (mode)
        {
            case 'I': m.OpenFile(number, name, FileMode.Input); return;
            case 'O': m.OpenFile(number, name, FileMode.Output); return;
            case 'A': m.OpenFile(number, name, FileMode.Append); return;
            default: m.Fail(ErrorCode.BadFileMode); return;
        }
    }
}

/// <summary>CLOSE [[#]n, ...]: a file number (1..15) closes that file (writing it, if it was
/// opened for output); a socket handle (100 and up) closes the socket; no number closes
/// every file (sockets stay).</summary>
internal sealed class CloseStmt : Stmt
{
    private readonly NumExpr[] _numbers;
    public CloseStmt(NumExpr[] numbers) { _numbers = numbers; }

    public override void Execute(Machine m)
    {
        if (_numbers.Length == 0)
        {
            ErrorCode refused = m.CloseAllFiles(out _);
            if (refused != ErrorCode.None) m.Fail(refused);
            return;
        }
        foreach (NumExpr number in _numbers)
        {
            double value = number.Eval(m);
            if (m.Signal != 0) return;
            long n = m.ToInteger(value);
            if (m.Signal != 0) return;
            if (Machine.IsFileNumber(n)) m.CloseFile((int)n);
            else SocketHandles.Close(m, n);
            if (m.Signal != 0) return;
        }
    }
}

/// <summary>PRINT #n, ..., PRINT #n, USING ..., WRITE #n, ...: the statement's output goes to
/// file n (open for OUTPUT or APPEND), with the file's own column.</summary>
internal sealed class FileOutputStmt : Stmt
{
    private readonly NumExpr _number;
    private readonly Stmt _output;
    public FileOutputStmt(NumExpr number, Stmt output) { _number = number; _output = output; }

    public override void Execute(Machine m)
    {
        double number = _number.Eval(m);
        if (m.Signal != 0 || !m.BeginFileOutput(number)) return;
        // Whatever happens in the statement, the console gets its output back.
        try
        {
            _output.Execute(m);
        }
        finally
        {
            m.EndFileOutput();
        }
    }

    public override void Link(ProgramLinker linker) => _output.Link(linker);
}

/// <summary>WRITE [items]: items separated by commas, strings in quotes, numbers without
/// the spaces PRINT adds; then a line end. INPUT # reads it back item by item.</summary>
internal sealed class WriteStmt : Stmt
{
    private readonly Expr[] _items;
    public WriteStmt(Expr[] items) { _items = items; }

    public override void Execute(Machine m)
    {
        var line = new StringBuilder();
        for (int i = 0; i < _items.Length; i++)
        {
            if (i > 0) line.Append(',');
            if (_items[i] is StrExpr s)
            {
                string text = s.Eval(m);
                if (m.Signal != 0) return;
                line.Append('"').Append(text).Append('"');
            }
            else
            {
                double value = ((NumExpr)_items[i]).Eval(m);
                if (m.Signal != 0) return;
                line.Append(NumberFormatter.Format(value));
            }
        }
        m.Write(line.ToString());
        m.NewLine();
    }
}

/// <summary>INPUT #n, var [, var ...]: the next items of file n (see BasicFile.ReadItem);
/// "Input past end" when the file ends first. A number item that is not a number reads as 0.</summary>
internal sealed class FileInputStmt : Stmt
{
    private readonly NumExpr _number;
    private readonly LValue[] _targets;
    public FileInputStmt(NumExpr number, LValue[] targets) { _number = number; _targets = targets; }

    public override void Execute(Machine m)
    {
        double number = _number.Eval(m);
        if (m.Signal != 0) return;
        BasicFile file = m.OpenedFile(number, true);
        if (file == null) return;
        foreach (LValue target in _targets)
        {
            if (!file.ReadItem(target.IsString, out string item)) { m.Fail(ErrorCode.InputPastEnd); return; }
            if (target.IsString) target.AssignStr(m, item);
            else target.AssignNum(m, NumberParser.TryParseStrict(item, out double value) && !double.IsInfinity(value) ? value : 0);
            if (m.Signal != 0) return;
        }
    }
}

/// <summary>LINE INPUT #n, var$: the next whole line of file n, without its line end.</summary>
internal sealed class FileLineInputStmt : Stmt
{
    private readonly NumExpr _number;
    private readonly LValue _target;
    public FileLineInputStmt(NumExpr number, LValue target) { _number = number; _target = target; }

    public override void Execute(Machine m)
    {
        double number = _number.Eval(m);
        if (m.Signal != 0) return;
        BasicFile file = m.OpenedFile(number, true);
        if (file == null) return;
        if (!file.ReadLine(out string line)) { m.Fail(ErrorCode.InputPastEnd); return; }
        _target.AssignStr(m, line);
    }
}

internal enum FileFunc { Eof, Lof, Loc }

/// <summary>EOF(n): -1 when file n (open for INPUT) has nothing more to read, else 0.
/// LOF(n): its length in bytes. LOC(n): 128-byte records read or written since OPEN.</summary>
internal sealed class FileFunction : NumExpr
{
    private readonly FileFunc _f;
    private readonly NumExpr _number;
    public FileFunction(FileFunc f, NumExpr number) { _f = f; _number = number; }

    public override double Eval(Machine m)
    {
        double number = _number.Eval(m);
        if (m.Signal != 0) return 0;
        BasicFile file = _f == FileFunc.Eof ? m.OpenedFile(number, true) : m.AnyOpenedFile(number);
        if (file == null) return 0;
        switch (_f)
        {
            case FileFunc.Eof: return file.AtEnd ? -1 : 0;
            case FileFunc.Lof: return file.Length;
            default: return file.Location;
        }
    }
}
