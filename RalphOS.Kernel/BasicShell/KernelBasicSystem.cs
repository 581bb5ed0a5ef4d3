// KernelBasicSystem: what a BASIC session asks of the operating system: memory figures
// (MEM, MEMSTATS), the task list (TASKS), sleeping and yielding to the scheduler. Starting
// embedded programs (SPAWN) arrives with the program loader; until then it reports -1.
using System.Text;
using Internal.Runtime;
using RalphOS.Basic.Host;
using RalphOS.Kernel.Console;
using RalphOS.Kernel.Tasks;

namespace RalphOS.Kernel.BasicShell;

internal sealed class KernelBasicSystem : IBasicSystem
{
    // MEM(0): heap bytes free; MEM(1): heap bytes in use (the seed's meaning).
    public long Mem(int which)
    {
        long used = (long)ManagedHeap.BytesUsed;
        return which == 0 ? (long)ManagedHeap.BytesTotal - used : used;
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

    public string TaskListText() => TaskCommands.FormatTaskList();

    public int Spawn(string name, string[] args) => -1;

    public void Sleep(long ms)
    {
        if (ms > 0)
            Scheduler.Sleep((ulong)ms);
    }

    public void Yield() => Scheduler.Yield();
}
