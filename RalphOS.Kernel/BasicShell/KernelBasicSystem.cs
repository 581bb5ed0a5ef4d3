// KernelBasicSystem: what a BASIC session asks of the operating system: memory figures
// (MEM, MEMSTATS), the task list (TASKS), starting programs in tasks of their own (SPAWN:
// C# programs through ProgramTasks, BASIC ones through SpawnedPrograms), sleeping and
// yielding to the scheduler. Each session builds one with its terminal and file store,
// which the programs it spawns inherit.
using System.Text;
using Internal.Runtime;
using RalphOS.Basic.Host;
using RalphOS.Kernel.Programs;
using RalphOS.Kernel.Tasks;

namespace RalphOS.Kernel.BasicShell;

internal sealed class KernelBasicSystem : IBasicSystem
{
    private readonly ISessionConsole _console;
    private readonly IBasicFileStore _files;

    public KernelBasicSystem(ISessionConsole console, IBasicFileStore files)
    {
        _console = console;
        _files = files;
    }

    // MEM(0): heap bytes in use; MEM(1): heap bytes free (the seed's meaning).
    public long Mem(int which)
    {
        long used = (long)ManagedHeap.BytesUsed;
        return which == 0 ? used : (long)ManagedHeap.BytesTotal - used;
    }

    public string MemStatsText()
    {
        var text = new StringBuilder();
        text.Append("heap: ").Append((ManagedHeap.BytesUsed / 1024).ToString()).Append(" KiB used of ")
            .Append((ManagedHeap.BytesTotal / 1024).ToString()).Append(" KiB\n");
        text.Append("this session's task: ").Append((ManagedHeap.BytesOwnedBy((uint)Scheduler.Current.Id) / 1024).ToString())
            .Append(" KiB\n");
        text.Append("garbage collector: ").Append(GarbageCollector.Collections.ToString()).Append(" collections, last pause ")
            .Append(GarbageCollector.LastPauseMicroseconds.ToString()).Append(" us\n");
        return text.ToString();
    }

    public string TaskListText() => TaskTable.Format();

    public int Spawn(string name, string source, string[] args) =>
        SpawnedPrograms.Start(new SpawnRequest { Name = name, Source = source, Arguments = args, Console = _console, Files = _files });

    // SPAWN of a C# program in the image (Programs/ProgramTasks); a program that cannot start
    // says why on the session's terminal.
    public bool TrySpawnProgram(string name, string[] args, out int taskId)
    {
        taskId = -1;
        if (!ProgramTasks.Exists(name))
            return false;
        taskId = ProgramTasks.Start(name, args, new SessionProgramConsole(_console), out string error);
        if (taskId < 0)
            _console.Write(string.Concat(error, "\n"));
        return true;
    }

    public void Sleep(long ms)
    {
        if (ms > 0)
            Scheduler.Sleep((ulong)ms);
    }

    public void Yield() => Scheduler.Yield();
}
