// SpawnedPrograms: BASIC's SPAWN in the kernel. Each program runs in a task of its own,
// named "bas:<name>" (TASKS lists it), with its own interpreter (program, variables,
// memory limit, sockets), writing to the terminal of the session that spawned it and
// sharing that session's file store (so it may SPAWN or LOAD what the session can). The
// task ends when the program ends; the scheduler reaps its stack and the collector frees
// its objects. A program stops with its session: when a telnet session ends, TelnetServer
// calls StopOrphans, which breaks every program whose terminal has gone, wherever it
// waits. KernelBasicSystem.Spawn calls Start.
using System.Collections.Generic;
using RalphOS.Basic.Host;
using RalphOS.Basic.Repl;
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Tasks;

namespace RalphOS.Kernel.BasicShell;

internal static unsafe class SpawnedPrograms
{
    public const string TaskPrefix = "bas:";
    // A program that spawns itself must not exhaust the heap with interpreters.
    private const int MaxRunning = 16;

    // Requests waiting for their task's first run, by ticket (the task's entry argument).
    private static readonly Dictionary<int, SpawnRequest> _pending = new Dictionary<int, SpawnRequest>();
    // The terminal of each running program, by task id (removed when the program ends).
    private static readonly Dictionary<int, ISessionConsole> _terminals = new Dictionary<int, ISessionConsole>();
    private static int _nextTicket;

    // Returns the new task's id, or -1 when too many run already or there is no memory.
    public static int Start(SpawnRequest request)
    {
        if (CountRunning() >= MaxRunning)
            return -1;
        int ticket = ++_nextTicket;
        _pending[ticket] = request;
        KernelTask task = Scheduler.Spawn(string.Concat(TaskPrefix, request.Name.ToLowerInvariant()), &Run, ticket);
        if (task == null)
        {
            _pending.Remove(ticket);
            return -1;
        }
        return task.Id;
    }

    private static void Run(nint ticket)
    {
        if (!_pending.TryGetValue((int)ticket, out SpawnRequest request))
            return;
        _pending.Remove((int)ticket);
        var console = new SpawnedConsole(request.Console);
        var sockets = new KernelBasicSockets();
        var host = new BasicHost(console, new KernelBasicClock(), request.Files, new KernelBasicSystem(console, request.Files), sockets);
        int id = Scheduler.Current.Id;
        _terminals[id] = console;
        ProgramRunner.Run(host, request.Name, request.Source, request.Arguments);
        _terminals.Remove(id);
        sockets.CloseAll();
    }

    // Breaks every spawned program whose session's terminal has closed (its SpawnedConsole
    // then reports the break), waking it from a SLEEP or a socket wait; it ends as if
    // broken by `break ID`. Programs spawned by those programs go too: their terminal is
    // the same session's.
    public static void StopOrphans()
    {
        var gone = new List<int>();
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
        {
            if (task.State == TaskState.Finished || !_terminals.TryGetValue(task.Id, out ISessionConsole terminal) || !terminal.IsClosed)
                continue;
            bool wereEnabled = Cpu.DisableInterruptsSaving(); // the scheduler's lists change
            Scheduler.RequestBreak(task);
            Cpu.RestoreInterrupts(wereEnabled);
        }
        // A program whose task faulted never removed its entry.
        foreach (var entry in _terminals)
        {
            if (!IsLive(entry.Key))
                gone.Add(entry.Key);
        }
        foreach (int id in gone)
            _terminals.Remove(id);
    }

    private static bool IsLive(int id)
    {
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
        {
            if (task.Id == id)
                return task.State != TaskState.Finished;
        }
        return false;
    }

    // Live spawned tasks, counted from the task list so a task that faulted is not counted.
    private static int CountRunning()
    {
        int count = 0;
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
        {
            if (task.State != TaskState.Finished && task.Name.StartsWith(TaskPrefix))
                count++;
        }
        return count;
    }
}
