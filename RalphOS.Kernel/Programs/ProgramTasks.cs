// ProgramTasks: runs programs in tasks of their own. Start loads the program (ProgramLoader)
// and spawns a task named "prog:<name>" with its own guard-paged stack; the task calls the
// program's entry point with its API table and start info, and when Main returns its value
// is the exit code (KernelApi.End). The task owns the program (KernelTask.Resources), so
// the scheduler returns its memory however it ends. Callers: BASIC's SPAWN
// (BasicShell/KernelBasicSystem) and the monitor's `run` (Console/ProgramCommands).
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;
using RalphOS.Programs.Abi;

namespace RalphOS.Kernel.Programs;

internal static unsafe class ProgramTasks
{
    public const string TaskPrefix = "prog:";
    // Programs' stacks: bigger than a kernel task's, for the program's runtime and its
    // collector on top of its own frames.
    private const nuint StackSize = 128 * 1024;
    // A program that spawns programs must not exhaust the heap.
    private const int MaxRunning = 32;

    public static void Initialize()
    {
        Backtrace.FallbackSymbolWriter = &WriteTaskSymbol;
    }

    public static bool Exists(string name) => ProgramLibrary.TryFind(name, out _, out _, out _);

    // The new task's id, or -1 with the reason in error (no such program, a bad file, an API
    // version from the future, no memory, too many running).
    public static int Start(string name, string[] arguments, IProgramConsole console, out string error)
    {
        ulong started = Clock.ReadPreciseMicroseconds();
        if (!ProgramLibrary.TryFind(name, out byte* file, out uint length, out string canonicalName))
        {
            error = $"{name}: no such program";
            return -1;
        }
        if (CountRunning() >= MaxRunning)
        {
            error = $"{canonicalName}: too many programs running (at most {MaxRunning})";
            return -1;
        }
        LoadedProgram program = ProgramLoader.Load(canonicalName, file, length, arguments ?? new string[0], out error);
        if (program == null)
        {
            KernelLog.Info("programs", error);
            return -1;
        }
        program.Console = console;
        program.StartedMicroseconds = started;
        KernelTask task = Scheduler.Spawn(string.Concat(TaskPrefix, canonicalName), &Run, 0, StackSize);
        if (task == null)
        {
            program.FreeMemory();
            error = $"{canonicalName}: no memory for its stack";
            return -1;
        }
        // The task has not run yet (cooperative scheduling): it finds its program on its first run.
        program.TaskId = task.Id;
        task.Resources = program;
        error = null;
        return task.Id;
    }

    private static void Run(nint unused)
    {
        KernelTask task = Scheduler.Current;
        var program = (LoadedProgram)task.Resources;
        var api = (KernelApiTable*)program.StartBlock;
        var start = (ProgramStartInfo*)(program.StartBlock + sizeof(KernelApiTable));
        start->StackTop = task.StackTop;
        int exitCode = ((delegate* unmanaged<KernelApiTable*, ProgramStartInfo*, int>)program.Entry)(api, start);
        KernelApi.End(program, exitCode, "returned from Main");
    }

    // The program running in task id, or null.
    public static LoadedProgram Find(int id)
    {
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
        {
            if (task.Id == id)
                return task.Resources as LoadedProgram;
        }
        return null;
    }

    // Kernel memory held by the program running in task id (0 for other tasks).
    public static ulong BytesOwnedBy(KernelTask task) => task.Resources is LoadedProgram program ? program.BytesOwned : 0;

    public static bool IsLive(int id)
    {
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
        {
            if (task.Id == id)
                return task.State != TaskState.Finished;
        }
        return false;
    }

    private static int CountRunning()
    {
        int count = 0;
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
        {
            if (task.State != TaskState.Finished && task.Resources is LoadedProgram)
                count++;
        }
        return count;
    }

    private static bool WriteTaskSymbol(ulong address)
    {
        KernelTask task = Scheduler.Current;
        return task != null && task.Resources != null && task.Resources.WriteSymbol(address);
    }
}
