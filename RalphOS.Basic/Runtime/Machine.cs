// Machine: the state of one BASIC session while code runs: variables (unboxed doubles and
// strings in slot arrays), arrays, the FOR and GOSUB stacks, DATA pointer, error trap,
// output column and memory accounting. The run loop lives in Machine.Run (MachineLoop.cs),
// open files in MachineFiles.cs.
// Created by the Repl; statement and expression nodes read and write its fields directly.
using System.Runtime.CompilerServices;
using RalphOS.Basic.Host;
using RalphOS.Basic.Nodes;

namespace RalphOS.Basic.Runtime;

public sealed partial class Machine
{
    public const int MaxForDepth = 256;
    public const int MaxGosubDepth = 4096;
    public const int MaxFunctionDepth = 8;
    public const long DefaultMemoryLimit = 8L * 1024 * 1024;
    private const int TerminalWidth = 80;
    private const int ZoneWidth = 14;

    internal readonly BasicHost Host;
    internal readonly SymbolTable Symbols;
    internal readonly Prng Rng = new Prng();

    internal double[] Nums = new double[16];
    internal string[] Strs = NewStrings(16);
    internal BasicArray[] NumArrays = new BasicArray[8];
    internal BasicArray[] StrArrays = new BasicArray[8];

    internal Stmt[] Code = new Stmt[0];
    internal int[] PcLine = new int[0];
    internal int Pc;
    internal int Signal;
    internal ErrorCode Err;
    internal int FunctionDepth;
    internal int OptionBase;

    // FOR stack (parallel arrays: no allocation per loop).
    internal readonly int[] ForSlot = new int[MaxForDepth];
    internal readonly double[] ForLimit = new double[MaxForDepth];
    internal readonly double[] ForStep = new double[MaxForDepth];
    internal readonly int[] ForBody = new int[MaxForDepth];
    internal int ForSp;
    // GOSUB stack: return pc and the FOR depth to restore.
    internal readonly int[] GosubReturn = new int[MaxGosubDepth];
    internal readonly int[] GosubFor = new int[MaxGosubDepth];
    internal int GosubSp;

    // DATA items collected at compile time.
    internal string[] DataItems = new string[0];
    internal bool[] DataQuoted = new bool[0];
    internal int[] DataLine = new int[0];
    internal int DataPtr;

    // Error trapping (ON ERROR GOTO / RESUME / ERR / ERL).
    internal int OnErrorPc = -1;
    internal bool InErrorHandler;
    internal int ErrorPc;
    internal ErrorCode TrappedError;
    internal int TrappedLine;
    internal int ErrorLineOverride = -1;

    /// <summary>Output column (0-based) for TAB, commas and POS.</summary>
    public int Column;
    /// <summary>Bytes charged for strings and arrays (program text is charged by the Repl).</summary>
    public long MemoryUsed;
    public long MemoryLimit = DefaultMemoryLimit;
    /// <summary>Bytes of program text, kept here so one limit covers everything.</summary>
    public long ProgramBytes;
    /// <summary>Statements allowed per Run (tests); long.MaxValue means unlimited.</summary>
    public long StepLimit = long.MaxValue;
    /// <summary>Statements between break polls and scheduler yields.</summary>
    public int PollInterval = 1024;

    public ErrorCode LastError { get; private set; }
    public int LastErrorLine { get; private set; }
    /// <summary>Where CONT resumes, or -1 when it cannot.</summary>
    public int ContinuePc = -1;
    /// <summary>True while the program is in the seed's dialect (Compiling/SeedDialect.cs):
    /// STR$ then gives no leading space, as the seed's did.</summary>
    public bool SeedStrings;
    /// <summary>ARG$(0) is the program's name, ARG$(1) .. ARG$(ARGC) the arguments it was
    /// started with (SPAWN, the host runner); a session at the prompt has none.</summary>
    public string[] Arguments = { "" };

    public Machine(BasicHost host, SymbolTable symbols)
    {
        Host = host;
        Symbols = symbols;
    }

    /// <summary>Reports an error; the first one wins and stops the current statement.</summary>
    internal void Fail(ErrorCode code)
    {
        if (Signal != 0) return;
        Err = code;
        Signal = SignalError;
    }

    /// <summary>An arithmetic result: Overflow when it went infinite; returned as it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double Checked(double result)
    {
        if (double.IsInfinity(result)) Fail(ErrorCode.Overflow);
        return result;
    }

    /// <summary>Rounds to a 64-bit integer (CINT semantics); Overflow when out of range.</summary>
    internal long ToInteger(double x)
    {
        double r = System.Math.Round(x);
        if (!(r >= -9.2e18 && r <= 9.2e18)) { Fail(ErrorCode.Overflow); return 0; }
        return (long)r;
    }

    /// <summary>True if a new string of n chars fits in the memory limit, else fails.</summary>
    internal bool CanAllocateChars(long n)
    {
        if (n * 2 + MemoryUsed + ProgramBytes <= MemoryLimit) return true;
        Fail(ErrorCode.OutOfMemory);
        return false;
    }

    internal void SetString(int slot, string value)
    {
        long delta = (long)(value.Length - Strs[slot].Length) * 2;
        if (delta > 0 && MemoryUsed + ProgramBytes + delta > MemoryLimit) { Fail(ErrorCode.OutOfMemory); return; }
        MemoryUsed += delta;
        Strs[slot] = value;
    }

    internal void SetArrayString(BasicArray a, int k, string value)
    {
        long delta = (long)(value.Length - a.Strs[k].Length) * 2;
        if (delta > 0 && MemoryUsed + ProgramBytes + delta > MemoryLimit) { Fail(ErrorCode.OutOfMemory); return; }
        MemoryUsed += delta;
        a.Strs[k] = value;
    }

    /// <summary>Stores into an integer (%) variable: rounds, and checks the 32-bit range.</summary>
    internal void SetInteger(int slot, double v)
    {
        double r = System.Math.Round(v);
        if (!(r >= -2147483648.0 && r <= 2147483647.0)) { Fail(ErrorCode.Overflow); return; }
        Nums[slot] = r;
    }

    internal static string[] NewStrings(int n)
    {
        var a = new string[n];
        for (int i = 0; i < n; i++) a[i] = "";
        return a;
    }

    /// <summary>Writes program output, tracking the column for TAB and comma zones.</summary>
    public void Write(string text)
    {
        if (text.Length == 0) return;
        if (_printTarget != null) WriteToFile(text);
        else Host.Console.Write(text);
        int nl = text.LastIndexOf('\n');
        Column = nl >= 0 ? text.Length - nl - 1 : Column + text.Length;
    }

    /// <summary>Ends a line: "\n" on the console (the host converts), CR LF in a file (GW-BASIC).</summary>
    internal void NewLine() => Write(_printTarget != null ? "\r\n" : "\n");

    /// <summary>PRINT's comma: pad to the next 14-column zone, or a new line past the last
    /// (on the console; a file's lines have no width).</summary>
    internal void NextZone()
    {
        int next = (Column / ZoneWidth + 1) * ZoneWidth;
        if (next > TerminalWidth - ZoneWidth && _printTarget == null) NewLine();
        else Write(new string(' ', next - Column));
    }

    internal void Tab(double n)
    {
        int target = n < 1 ? 0 : (n > 255 ? 254 : (int)n - 1);
        if (target < Column) NewLine();
        if (target > Column) Write(new string(' ', target - Column));
    }
}
