// Host stand-in for the OS services: SLEEP really sleeps; SPAWN runs the program at once,
// to its end, in a fresh interpreter on the same console (the host runner has no tasks),
// then returns an id counting up from 2 (TASKS calls the runner itself task 1).
using System.Threading;
using RalphOS.Basic.Host;
using RalphOS.Basic.Repl;

namespace RalphOS.Basic.Cli;

internal sealed class HostSystem : IBasicSystem
{
    // Each nested SPAWN runs on this thread's stack: a program spawning itself stops here.
    private const int MaxSpawnDepth = 8;

    private readonly IBasicConsole _console;
    private readonly IBasicClock _clock;
    private readonly IBasicFileStore _files;
    private int _lastTaskId = 1;
    private int _depth;

    public HostSystem(IBasicConsole console, IBasicClock clock, IBasicFileStore files)
    {
        _console = console;
        _clock = clock;
        _files = files;
    }

    // The seed's meaning: MEM(0) bytes used, MEM(1) bytes free (of a nominal 8 MiB).
    public long Mem(int which) => which == 0 ? System.GC.GetTotalMemory(false) : 8L * 1024 * 1024 - System.GC.GetTotalMemory(false);
    public string MemStatsText() => "Host managed heap: " + System.GC.GetTotalMemory(false).ToString() + " bytes\n";
    public string TaskListText() => "  1 basic (host)\n";

    public int Spawn(string name, string source, string[] args)
    {
        if (_depth >= MaxSpawnDepth) return -1;
        int id = ++_lastTaskId;
        _depth++;
        ProgramRunner.Run(new BasicHost(_console, _clock, _files, this, new NoSockets()), name, source, args);
        _depth--;
        return id;
    }

    public void Sleep(long ms) { if (ms > 0) Thread.Sleep((int)System.Math.Min(ms, int.MaxValue)); }
    public void Yield() { }
}
