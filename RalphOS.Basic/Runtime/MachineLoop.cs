// The run loop and session-level operations of Machine: Run, error trapping, CLEAR,
// variable storage growth, DIM, and the clock functions.
using RalphOS.Basic.Nodes;

namespace RalphOS.Basic.Runtime;

public sealed partial class Machine
{
    internal const int SignalError = 1;
    internal const int SignalEnd = 2;
    internal const int SignalStop = 3;
    internal const int SignalBreak = 4;
    /// <summary>ERL of an error in a direct-mode line (GW-BASIC).</summary>
    internal const int DirectModeLine = 65535;

    // Where CONT resumes after a break noticed by a statement that waited (BreakIfRequested).
    private int _breakResumePc;

    /// <summary>
    /// Runs compiled code from pc until END, STOP, an untrapped error, Ctrl-C or the step
    /// limit. Every PollInterval statements it polls the console for break and yields to
    /// the host scheduler.
    /// </summary>
    public RunOutcome Run(int startPc)
    {
        EnsureStorage();
        Stmt[] code = Code;
        Pc = startPc;
        Signal = 0;
        ContinuePc = -1;
        long steps = StepLimit;
        int budget = PollInterval;
        while (true)
        {
            int p = Pc;
            Pc = p + 1;
            code[p].Execute(this);
            if (Signal != 0)
            {
                if (Signal == SignalError && TrapError(p)) continue;
                return Finish(p);
            }
            if (--budget == 0)
            {
                budget = PollInterval;
                if (Host.Console.PollBreak()) return BreakAt(Pc, RunOutcome.Broken);
                Host.System.Yield();
                steps -= PollInterval;
                if (steps <= 0) return RunOutcome.StepLimit;
            }
        }
    }

    private RunOutcome Finish(int p)
    {
        int signal = Signal;
        Signal = 0;
        if (signal == SignalEnd) return RunOutcome.Ended;
        if (signal == SignalStop)
        {
            ContinuePc = Pc;
            LastErrorLine = LineOf(p);
            return RunOutcome.Stopped;
        }
        if (signal == SignalBreak)
        {
            ContinuePc = _breakResumePc;
            LastErrorLine = LineOf(p);
            return RunOutcome.Broken;
        }
        LastError = Err;
        LastErrorLine = ErrorLineOverride >= 0 ? ErrorLineOverride : LineOf(p);
        ErrorLineOverride = -1;
        // GW-BASIC sets ERR and ERL for every error, trapped or not: PRINT ERR; ERL at the
        // prompt tells what stopped the program.
        TrappedError = LastError;
        TrappedLine = LastErrorLine < 0 ? DirectModeLine : LastErrorLine;
        InErrorHandler = false;
        return RunOutcome.Errored;
    }

    private RunOutcome BreakAt(int pc, RunOutcome outcome)
    {
        ContinuePc = pc;
        LastErrorLine = LineOf(pc);
        return outcome;
    }

    /// <summary>
    /// Called right after a host call that may wait (SLEEP, INPUT, the socket functions): the
    /// host returns early on Ctrl-C and leaves the break pending, and this turns it into the
    /// run loop's break at once ("Break in N"), so a break never waits for the next poll.
    /// CONT resumes at the same statement (INPUT asks again) or the next (SLEEP is over).
    /// Costs nothing per statement: only waiting statements call it. True if it broke.
    /// </summary>
    internal bool BreakIfRequested(BreakResume resume)
    {
        if (!Host.Console.PollBreak()) return false;
        if (Signal != 0) return true;
        _breakResumePc = resume == BreakResume.SameStatement ? Pc - 1 : Pc;
        Signal = SignalBreak;
        return true;
    }

    /// <summary>END and the end of the program: GW-BASIC's END closes every file (writing
    /// those opened for output; a refusal such as "Disk full" is the program's error), and
    /// every socket the session opened is closed too.</summary>
    internal void EndProgram()
    {
        Host.Sockets.CloseAll();
        ErrorCode refused = CloseAllFiles(out _);
        if (refused != ErrorCode.None)
        {
            Fail(refused);
            return;
        }
        Signal = SignalEnd;
    }

    /// <summary>Line number of a pc, or -1 for direct-mode code.</summary>
    public int LineOf(int pc) => pc >= 0 && pc < PcLine.Length ? PcLine[pc] : -1;

    /// <summary>ON ERROR GOTO: jumps to the handler if one is armed and we are not in it.</summary>
    private bool TrapError(int p)
    {
        if (OnErrorPc < 0 || InErrorHandler) return false;
        TrappedError = Err;
        TrappedLine = ErrorLineOverride >= 0 ? ErrorLineOverride : LineOf(p);
        if (TrappedLine < 0) TrappedLine = DirectModeLine;
        ErrorLineOverride = -1;
        ErrorPc = p;
        InErrorHandler = true;
        Signal = 0;
        Err = ErrorCode.None;
        Pc = OnErrorPc;
        return true;
    }

    /// <summary>RUN and CLEAR (and NEW, LOAD, program edits): all variables zero/empty, arrays
    /// gone, stacks empty, and the session's files and sockets closed, as GW-BASIC's RUN, NEW
    /// and CLEAR close its files (no variable holds their numbers any more). A file the store
    /// refuses at that point is reported on the console.</summary>
    public void ClearVariables()
    {
        Host.Sockets.CloseAll();
        if (CloseAllFiles(out string refused) != ErrorCode.None)
        {
            if (Column != 0) NewLine();
            Write(refused + "\n");
        }
        System.Array.Fill(Nums, 0.0);
        System.Array.Fill(Strs, "");
        System.Array.Fill(NumArrays, null);
        System.Array.Fill(StrArrays, null);
        foreach (var pair in Symbols.Functions) pair.Value.Defined = false;
        MemoryUsed = 0;
        ForSp = 0;
        GosubSp = 0;
        DataPtr = 0;
        OnErrorPc = -1;
        InErrorHandler = false;
        TrappedError = ErrorCode.None;
        TrappedLine = 0;
        OptionBase = 0;
        FunctionDepth = 0;
        ContinuePc = -1;
    }

    /// <summary>Grows the slot arrays to cover every name the symbol table knows.</summary>
    internal void EnsureStorage()
    {
        if (Nums.Length < Symbols.NumCount) System.Array.Resize(ref Nums, Symbols.NumCount + 16);
        if (Strs.Length < Symbols.StrCount)
        {
            int old = Strs.Length;
            System.Array.Resize(ref Strs, Symbols.StrCount + 16);
            for (int i = old; i < Strs.Length; i++) Strs[i] = "";
        }
        if (NumArrays.Length < Symbols.NumArrayCount) System.Array.Resize(ref NumArrays, Symbols.NumArrayCount + 8);
        if (StrArrays.Length < Symbols.StrArrayCount) System.Array.Resize(ref StrArrays, Symbols.StrArrayCount + 8);
    }

    /// <summary>DIM: checks rank, bounds and memory before allocating; null on error.</summary>
    internal BasicArray Dimension(int slot, bool isString, double[] bounds)
    {
        BasicArray[] table = isString ? StrArrays : NumArrays;
        if (table[slot] != null) { Fail(ErrorCode.DuplicateDefinition); return null; }
        if (bounds.Length == 0 || bounds.Length > ArrayIndexing.MaxDimensions) { Fail(ErrorCode.SubscriptOutOfRange); return null; }
        var upper = new int[bounds.Length];
        long count = 1;
        for (int d = 0; d < bounds.Length; d++)
        {
            double b = System.Math.Round(bounds[d]);
            if (b < OptionBase || b > 2147483646) { Fail(ErrorCode.SubscriptOutOfRange); return null; }
            upper[d] = (int)b;
            count *= (long)b - OptionBase + 1;
            if (count > MemoryLimit) { Fail(ErrorCode.OutOfMemory); return null; }
        }
        long bytes = count * 8 + 32;
        if (bytes + MemoryUsed + ProgramBytes > MemoryLimit) { Fail(ErrorCode.OutOfMemory); return null; }
        MemoryUsed += bytes;
        var a = new BasicArray(isString, upper, OptionBase, (int)count);
        table[slot] = a;
        return a;
    }

    /// <summary>An array used before DIM gets upper bound 10 in each dimension.</summary>
    internal BasicArray AutoDimension(int slot, bool isString, int rank)
    {
        var bounds = new double[rank];
        for (int i = 0; i < rank; i++) bounds[i] = 10;
        return Dimension(slot, isString, bounds);
    }

    /// <summary>ERASE: frees an array (its bytes return to the pool).</summary>
    internal void Erase(int slot, bool isString)
    {
        BasicArray[] table = isString ? StrArrays : NumArrays;
        BasicArray a = table[slot];
        if (a == null) { Fail(ErrorCode.IllegalFunctionCall); return; }
        long bytes = a.ChargedBytes;
        if (isString) for (int i = 0; i < a.Count; i++) bytes += (long)a.Strs[i].Length * 2;
        MemoryUsed -= bytes;
        table[slot] = null;
    }

    private const double SecondsPerDay = 86400;
    private double _timerBase = -1;

    /// <summary>
    /// TIMER: seconds since midnight. The wall clock (whole seconds) is read once to fix the
    /// offset of the millisecond counter, so TIMER then advances smoothly and monotonically.
    /// </summary>
    internal double Timer()
    {
        double now = Host.Clock.MillisecondsSinceBoot / 1000.0;
        if (_timerBase < 0)
        {
            Host.Clock.GetDateTime(out _, out _, out _, out int h, out int mi, out int s);
            _timerBase = h * 3600 + mi * 60 + s - now;
            if (_timerBase < 0) _timerBase += SecondsPerDay;
        }
        double t = _timerBase + now;
        while (t >= SecondsPerDay) t -= SecondsPerDay;
        return t;
    }

    internal string TimeString()
    {
        Host.Clock.GetDateTime(out _, out _, out _, out int h, out int mi, out int s);
        return Two(h) + ":" + Two(mi) + ":" + Two(s);
    }

    internal string DateString()
    {
        Host.Clock.GetDateTime(out int y, out int mo, out int d, out _, out _, out _);
        return Two(mo) + "-" + Two(d) + "-" + y.ToString();
    }

    private static string Two(int v) => v < 10 ? "0" + v.ToString() : v.ToString();
}
