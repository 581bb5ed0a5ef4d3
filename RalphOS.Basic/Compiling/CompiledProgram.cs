// The compiled form of the stored program: flat statement list, pc -> line number,
// line number -> pc, and the DATA items. Built by ProgramCompiler, installed into the
// Machine by the Repl.
using System.Collections.Generic;
using RalphOS.Basic.Nodes;

namespace RalphOS.Basic.Compiling;

internal sealed class CompiledProgram
{
    public readonly List<Stmt> Code = new List<Stmt>();
    public readonly List<int> PcLine = new List<int>();
    public readonly Dictionary<int, int> LineToPc = new Dictionary<int, int>();
    public readonly List<string> DataItems = new List<string>();
    public readonly List<bool> DataQuoted = new List<bool>();
    public readonly List<int> DataLine = new List<int>();
    /// <summary>DIMs with static entries, allocated by Prepare at RUN.</summary>
    public readonly List<DimStmt> StaticDims = new List<DimStmt>();
    /// <summary>The first OPTION BASE of the program, applied at RUN; -1 if none.</summary>
    public int OptionBase = -1;
    /// <summary>Statements of the program proper, including the EndOfProgram sentinel.</summary>
    public int Length;
}
