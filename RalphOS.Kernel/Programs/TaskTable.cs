// TaskTable: the task list as text, one line per task: id, name, state, CPU time and the
// heap memory it owns (a C# program's image and heap included), then how the last
// programs ended (ProgramExits) and the idle time. The kernel monitor's `tasks`
// (Console/TaskCommands) and BASIC's TASKS (BasicShell/KernelBasicSystem) print it; it
// lives here, the lowest layer that knows both tasks and programs (docs/kernel-layout.md).
using System.Text;
using Internal.Runtime;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;

namespace RalphOS.Kernel.Programs;

internal static class TaskTable
{
    private const ulong BytesPerKiB = 1024;

    // "\n" line ends.
    public static string Format()
    {
        ulong cyclesPerMs = Clock.TimestampCyclesPerMillisecond;
        var text = new StringBuilder();
        text.Append("  ID NAME             STATE     CPU(ms)  HEAP(KiB)\n");
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
        {
            ulong cpuMs = cyclesPerMs == 0 ? 0 : task.CpuCycles / cyclesPerMs;
            text.Append(task.Id.ToString().PadLeft(4)).Append(' ');
            text.Append(task.Name.PadRight(16)).Append(' ');
            text.Append(StateName(task.State).PadRight(9)).Append(' ');
            text.Append(cpuMs.ToString().PadLeft(7)).Append(' ');
            ulong owned = ManagedHeap.BytesOwnedBy((uint)task.Id) + ProgramTasks.BytesOwnedBy(task);
            text.Append((owned / BytesPerKiB).ToString().PadLeft(10)).Append('\n');
        }
        ulong idleMs = cyclesPerMs == 0 ? 0 : Scheduler.IdleCycles / cyclesPerMs;
        text.Append(ProgramExits.FormatRecent());
        text.Append("idle ").Append(idleMs.ToString()).Append(" ms of ").Append(Clock.Milliseconds.ToString()).Append(" ms uptime\n");
        return text.ToString();
    }

    private static string StateName(TaskState state) => state switch
    {
        TaskState.Ready => "ready",
        TaskState.Running => "running",
        TaskState.Sleeping => "sleeping",
        TaskState.Blocked => "blocked",
        _ => "finished",
    };
}
