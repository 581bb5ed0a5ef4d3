// BasicRepl: one BASIC session (program, variables, REPL state). The host loop feeds it
// one input line at a time (FeedLine); numbered lines edit the program, commands (RUN,
// LIST, NEW, DELETE, RENUM, LOAD, SAVE, FILES, CONT, SYSTEM) are handled here, anything
// else runs as a direct statement. A serial console and each telnet connection own one
// instance each. Output goes through the host console; programs poll it for Ctrl-C.
using System.Collections.Generic;
using RalphOS.Basic.Compiling;
using RalphOS.Basic.Host;
using RalphOS.Basic.Lexing;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Repl;

public sealed partial class BasicRepl
{
    public const string Banner = "Ralph OS BASIC 1.0";
    public const string Prompt = "> ";
    /// <summary>Longest accepted input line (GW-BASIC's buffer is 255 characters).</summary>
    public const int MaxLineLength = 255;

    private readonly BasicHost _host;
    private readonly ProgramStore _store = new ProgramStore();
    private readonly SymbolTable _symbols = new SymbolTable();
    private CompiledProgram _compiled;
    private HashSet<Keyword> _shadowed = new HashSet<Keyword>();
    private int _compiledVersion = -1;

    public Machine Machine { get; }
    public ProgramStore Program => _store;

    public BasicRepl(BasicHost host, long memoryLimit = Machine.DefaultMemoryLimit)
    {
        _host = host;
        Machine = new Machine(host, _symbols) { MemoryLimit = memoryLimit };
    }

    /// <summary>Prints the banner and the first prompt.</summary>
    public void Start()
    {
        Machine.Write(Banner + "\n" + FreeBytes().ToString() + " bytes free\n" + Prompt);
    }

    /// <summary>Handles one typed line, then prints the prompt again.</summary>
    public ReplStatus FeedLine(string line)
    {
        // The terminal echoed the typed line and its Enter: output starts in column 0.
        Machine.Column = 0;
        ReplStatus status = Handle(line ?? "");
        if (status == ReplStatus.Continue)
        {
            if (Machine.Column != 0) Machine.NewLine();
            Machine.Write(Prompt);
        }
        return status;
    }

    /// <summary>Handles one line without printing a prompt (used by the host runner and tests).</summary>
    public ReplStatus Handle(string line)
    {
        if (line.Length > MaxLineLength) { Report("Line buffer overflow"); return ReplStatus.Continue; }
        string text = line.TrimEnd('\n').TrimEnd('\r');
        string trimmed = text.TrimStart();
        if (trimmed.Length == 0) return ReplStatus.Continue;
        if (char.IsDigit(trimmed[0]))
        {
            string error = EnterLine(trimmed);
            if (error != null) Report(error);
            return ReplStatus.Continue;
        }
        Token[] tokens = Lexer.Tokenize(trimmed);
        if (tokens[0].Kind == TokenKind.Word && tokens[0].Kw == Keyword.None && !tokens[1].IsSymbol("="))
        {
            string rest = trimmed.Substring(tokens[0].End);
            switch (tokens[0].Text)
            {
                case "RUN": RunCommand(rest); return ReplStatus.Continue;
                case "LIST": case "LLIST": ListCommand(rest); return ReplStatus.Continue;
                case "NEW": NewProgram(); return ReplStatus.Continue;
                case "DELETE": DeleteCommand(rest); return ReplStatus.Continue;
                case "RENUM": RenumCommand(rest); return ReplStatus.Continue;
                case "LOAD": LoadCommand(rest); return ReplStatus.Continue;
                case "SAVE": SaveCommand(rest); return ReplStatus.Continue;
                case "FILES": FilesCommand(); return ReplStatus.Continue;
                case "KILL": KillCommand(rest); return ReplStatus.Continue;
                case "NAME": NameCommand(rest); return ReplStatus.Continue;
                case "MKDIR": DirectoryCommand(rest, DirectoryAction.Make); return ReplStatus.Continue;
                case "CHDIR": DirectoryCommand(rest, DirectoryAction.Change); return ReplStatus.Continue;
                case "RMDIR": DirectoryCommand(rest, DirectoryAction.Remove); return ReplStatus.Continue;
                case "CONT": ContinueCommand(); return ReplStatus.Continue;
                case "SYSTEM": case "BYE": Machine.ReleaseScreen(); return ReplStatus.Exit;
            }
        }
        RunDirect(tokens);
        return ReplStatus.Continue;
    }

    /// <summary>The session ends (SYSTEM, a telnet hang-up, a spawned program's end): files
    /// still open are written and closed, so nothing a program wrote is lost.</summary>
    public void EndSession()
    {
        if (Machine.CloseAllFiles(out string refused) != ErrorCode.None) Report(refused);
    }

    /// <summary>"120 PRINT X" stores a line; "120" alone deletes it. Returns an error text or null.</summary>
    private string EnterLine(string text)
    {
        int i = 0;
        int number = 0;
        while (i < text.Length && char.IsDigit(text[i]) && i < 6) number = number * 10 + (text[i++] - '0');
        if (i < text.Length && char.IsDigit(text[i]) || number > ProgramStore.MaxLineNumber) return "Syntax error";
        string body = text.Substring(i);
        if (body.Length > 0 && body[0] == ' ') body = body.Substring(1);
        Invalidate();
        if (body.Trim().Length == 0) { _store.Delete(number); SyncBytes(); return null; }
        ProgramLine line = ProgramLine.Create(number, body);
        ProgramLine old = _store.Find(number);
        long after = _store.Bytes - (old == null ? 0 : old.Bytes) + line.Bytes;
        if (after + Machine.MemoryUsed > Machine.MemoryLimit) return "Out of memory";
        _store.Set(line);
        SyncBytes();
        return null;
    }

    /// <summary>Program edits: compiled code is stale, CONT impossible, variables cleared.</summary>
    private void Invalidate()
    {
        Machine.ContinuePc = -1;
        Machine.ClearVariables();
    }

    private void SyncBytes() => Machine.ProgramBytes = _store.Bytes;

    private long FreeBytes() => Machine.MemoryLimit - Machine.MemoryUsed - Machine.ProgramBytes;

    /// <summary>Compiles the program if it changed and installs it in the machine.</summary>
    private void EnsureCompiled()
    {
        if (_compiled != null && _compiledVersion == _store.Version) return;
        _shadowed = ProgramCompiler.FindShadows(_store);
        _compiled = ProgramCompiler.Compile(_store, _symbols, _shadowed);
        _compiledVersion = _store.Version;
        Machine.SeedStrings = SeedDialect.IsSeedProgram(_store, _shadowed);
        Machine.DataItems = _compiled.DataItems.ToArray();
        Machine.DataQuoted = _compiled.DataQuoted.ToArray();
        Machine.DataLine = _compiled.DataLine.ToArray();
        InstallProgramCode();
    }

    private void InstallProgramCode()
    {
        var code = new Nodes.Stmt[_compiled.Length];
        for (int i = 0; i < code.Length; i++) code[i] = _compiled.Code[i];
        Machine.Code = code;
        Machine.PcLine = _compiled.PcLine.ToArray();
    }

    private void RunDirect(Token[] tokens)
    {
        EnsureCompiled();
        ProgramCompiler.CompileDirect(_compiled, tokens, _symbols, _shadowed, out var code, out var pcLine);
        Machine.Code = code;
        Machine.PcLine = pcLine;
        int savedCont = Machine.ContinuePc;
        RunOutcome outcome = Machine.Run(_compiled.Length);
        // A direct statement that ends (or fails by itself) keeps a stopped program resumable.
        bool directOnly = outcome == RunOutcome.Ended || (outcome == RunOutcome.Errored && Machine.LastErrorLine < 0);
        if (directOnly && Machine.ContinuePc < 0) Machine.ContinuePc = savedCont;
        ReportOutcome(outcome);
    }

    /// <summary>Writes a message on a line of its own.</summary>
    private void Report(string message)
    {
        if (Machine.Column != 0) Machine.NewLine();
        Machine.Write(message + "\n");
    }
}
