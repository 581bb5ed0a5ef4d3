// BasicRepl's commands: RUN, CONT, LIST, NEW, DELETE, RENUM, LOAD, SAVE, FILES, and the
// reporting of how a run ended ("Break in 120", "Division by zero in 30").
using System.Text;
using RalphOS.Basic.Compiling;
using RalphOS.Basic.Host;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Repl;

public sealed partial class BasicRepl
{
    /// <summary>RUN, RUN 100 or RUN "name".</summary>
    private void RunCommand(string args)
    {
        string a = args.Trim();
        if (a.StartsWith("\""))
        {
            if (!LoadFile(a)) return;
            a = "";
        }
        int start = 0;
        EnsureCompiled();
        if (a.Length > 0)
        {
            if (!LineRange.TryNumber(a, out int line)) { Report("Syntax error"); return; }
            start = _compiled.LineToPc.TryGetValue(line, out int pc) ? pc : -1;
            if (start < 0) { Report("Undefined line number"); return; }
        }
        RunProgram(start);
    }

    /// <summary>Clears variables and runs the program from pc (the host runner uses pc 0).</summary>
    public RunOutcome RunProgram(int startPc = 0)
    {
        EnsureCompiled();
        Machine.ClearVariables();
        Machine.ReleaseScreen();
        InstallProgramCode();
        Machine.Rng.Seed(0);
        RunOutcome outcome = PrepareDeclarations();
        if (outcome == RunOutcome.Ended) outcome = Machine.Run(startPc);
        EndProgramScreen(outcome);
        ReportOutcome(outcome);
        return outcome;
    }

    /// <summary>OPTION BASE and constant DIMs take effect before the first statement.</summary>
    private RunOutcome PrepareDeclarations()
    {
        Machine.EnsureStorage();
        if (_compiled.OptionBase >= 0) Machine.OptionBase = _compiled.OptionBase;
        foreach (var d in _compiled.StaticDims)
        {
            d.Preallocate(Machine);
            if (Machine.Signal == 0) continue;
            // Too big: leave it to the DIM statement, which reports the error at its line.
            Machine.Signal = 0;
            Machine.Err = ErrorCode.None;
            break;
        }
        return RunOutcome.Ended;
    }

    private void ContinueCommand()
    {
        EnsureCompiled();
        int pc = Machine.ContinuePc;
        if (pc < 0 || pc >= _compiled.Length) { Report("Can't continue"); return; }
        if (!ResumeProgramScreen()) return;
        InstallProgramCode();
        RunOutcome outcome = Machine.Run(pc);
        EndProgramScreen(outcome);
        ReportOutcome(outcome);
    }

    private void ReportOutcome(RunOutcome outcome)
    {
        switch (outcome)
        {
            case RunOutcome.Stopped:
            case RunOutcome.Broken:
                Report(Machine.LastErrorLine >= 0 ? "Break in " + Machine.LastErrorLine.ToString() : "Break");
                return;
            case RunOutcome.Errored:
                string text = ErrorMessages.Text(Machine.LastError);
                Report(Machine.LastErrorLine >= 0 ? text + " in " + Machine.LastErrorLine.ToString() : text);
                return;
            case RunOutcome.StepLimit:
                Report("Step limit reached");
                return;
        }
    }

    private void ListCommand(string args)
    {
        if (!LineRange.TryParse(args, out int first, out int last)) { Report("Syntax error"); return; }
        var sb = new StringBuilder();
        for (int i = 0; i < _store.Count; i++)
        {
            ProgramLine line = _store[i];
            if (line.Number < first || line.Number > last) continue;
            sb.Append(line.Number).Append(' ').Append(line.Text).Append('\n');
            if (sb.Length > 4096) { Machine.Write(sb.ToString()); sb.Clear(); if (_host.Console.PollBreak()) return; }
        }
        Machine.Write(sb.ToString());
    }

    /// <summary>NEW (and LOAD): forgets the program, variables and names; text mode again.</summary>
    public void NewProgram()
    {
        Machine.ReleaseScreen();
        _store.Clear();
        _symbols.Clear();
        _compiled = null;
        Invalidate();
        SyncBytes();
    }

    private void DeleteCommand(string args)
    {
        if (args.Trim().Length == 0 || !LineRange.TryParse(args, out int first, out int last)) { Report("Illegal function call"); return; }
        Invalidate();
        if (_store.DeleteRange(first, last) == 0) Report("Illegal function call");
        SyncBytes();
    }

    private void RenumCommand(string args)
    {
        string[] parts = args.Split(',');
        int[] values = { 10, -1, 10 };
        for (int i = 0; i < parts.Length && i < 3; i++)
        {
            string p = parts[i].Trim();
            if (p.Length == 0) continue;
            if (!LineRange.TryNumber(p, out values[i])) { Report("Syntax error"); return; }
        }
        if (parts.Length > 3) { Report("Syntax error"); return; }
        if (values[1] < 0) values[1] = _store.Count > 0 ? _store[0].Number : 0;
        Invalidate();
        var warnings = new StringBuilder();
        string error = Renumberer.Renumber(_store, values[0], values[1], values[2], warnings);
        SyncBytes();
        if (error != null) Report(error);
        Machine.Write(warnings.ToString());
    }

    private void LoadCommand(string args)
    {
        LoadFile(args);
    }

    /// <summary>LOAD "name": replaces the program with a stored file. False if not found.</summary>
    private bool LoadFile(string args)
    {
        string name = FileName(args);
        if (name.Length == 0) { Report("Bad file name"); return false; }
        if (!_host.Files.TryLoad(name, out string text)) { Report("File not found"); return false; }
        NewProgram();
        string error = LoadText(text);
        if (error != null) Report(error);
        return error == null;
    }

    /// <summary>Adds numbered lines from a program text; returns an error text or null.</summary>
    public string LoadText(string text)
    {
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string l = lines[i].TrimEnd('\r').Trim();
            if (l.Length == 0) continue;
            if (l.Length > MaxLineLength) return "Line buffer overflow";
            if (!char.IsDigit(l[0])) return "Direct statement in file";
            string error = EnterLine(l);
            if (error != null) return error + " in file line " + (i + 1).ToString();
        }
        return null;
    }

    private void SaveCommand(string args)
    {
        string name = FileName(args);
        if (name.Length == 0) { Report("Bad file name"); return; }
        bool saved = _host.Files.TrySave(name, ProgramText(), out string message);
        if (!saved) Report(message ?? "Bad file name");
        else if (message != null) Machine.Write(message + "\n");
    }

    /// <summary>The whole program as text, one "number text" line each.</summary>
    public string ProgramText()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < _store.Count; i++) sb.Append(_store[i].Number).Append(' ').Append(_store[i].Text).Append('\n');
        return sb.ToString();
    }

    private void FilesCommand()
    {
        Machine.Write(_host.Files.Listing());
    }

    /// <summary>"name" or name, without quotes; "" if empty.</summary>
    internal static string FileName(string args)
    {
        string a = args.Trim();
        if (a.StartsWith("\""))
        {
            int close = a.IndexOf('"', 1);
            a = close < 0 ? a.Substring(1) : a.Substring(1, close - 1);
        }
        return MemoryFileStore.Normalize(a);
    }
}
