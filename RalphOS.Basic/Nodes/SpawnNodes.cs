// Starting programs and reading their arguments: the SPAWN statement and function, ARGC and
// ARG$. SPAWN first asks the system for an executable program of that name (a C# program
// in the OS image: IBasicSystem.TrySpawnProgram); otherwise it finds the program as LOAD does (the session's file store, "name" or
// "name.bas", SAVEd programs included) and hands its text to IBasicSystem.Spawn, which runs
// it in a new task with an interpreter of its own. Arguments travel as strings (numbers as
// their STR$ without the leading space) and arrive as ARG$(1) .. ARG$(ARGC).
using RalphOS.Basic.Host;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

/// <summary>SPAWN "prog", arg, ...: starts the program and forgets its task id.</summary>
internal sealed class SpawnStmt : Stmt
{
    private readonly StrExpr _name;
    private readonly Expr[] _args;
    public SpawnStmt(StrExpr name, Expr[] args) { _name = name; _args = args; }
    public override void Execute(Machine m) => SpawnCall.Start(m, _name, _args);
}

/// <summary>SPAWN("prog", arg, ...): starts the program and returns its task id.</summary>
internal sealed class SpawnCall : NumExpr
{
    private readonly StrExpr _name;
    private readonly Expr[] _args;
    public SpawnCall(StrExpr name, Expr[] args) { _name = name; _args = args; }
    public override double Eval(Machine m) => Start(m, _name, _args);

    /// <summary>The new task's id; on failure an error is raised and -1 returned.</summary>
    public static int Start(Machine m, StrExpr nameExpr, Expr[] argExprs)
    {
        string name = nameExpr.Eval(m);
        var args = new string[argExprs.Length];
        for (int i = 0; i < args.Length; i++)
            args[i] = argExprs[i] is StrExpr s ? s.Eval(m) : NumberFormatter.Format(((NumExpr)argExprs[i]).Eval(m));
        if (m.Signal != 0) return -1;
        if (m.Host.System.TrySpawnProgram(name, args, out int programTask))
        {
            if (programTask < 0) m.Fail(ErrorCode.DeviceUnavailable);
            return programTask;
        }
        string file = MemoryFileStore.Normalize(name);
        if (file.Length == 0) { m.Fail(ErrorCode.BadFileName); return -1; }
        if (!m.Host.Files.TryLoad(file, out string source)) { m.Fail(ErrorCode.FileNotFound); return -1; }
        int id = m.Host.System.Spawn(file, source, args);
        // The system could not start a task: none on this host, too many, or no memory.
        if (id < 0) m.Fail(ErrorCode.DeviceUnavailable);
        return id;
    }
}

/// <summary>ARGC: how many arguments the program was started with.</summary>
internal sealed class ArgCount : NumExpr
{
    public override double Eval(Machine m) => m.Arguments.Length - 1;
}

/// <summary>ARG$(i): argument i (0 is the program's name); "" past the last.</summary>
internal sealed class ArgText : StrExpr
{
    private readonly NumExpr _index;
    public ArgText(NumExpr index) { _index = index; }

    public override string Eval(Machine m)
    {
        long i = m.ToInteger(_index.Eval(m));
        if (m.Signal != 0) return "";
        if (i < 0) { m.Fail(ErrorCode.IllegalFunctionCall); return ""; }
        return i < m.Arguments.Length ? m.Arguments[(int)i] : "";
    }
}
