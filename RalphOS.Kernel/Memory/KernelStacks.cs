// KernelStacks: the garbage collector's view of the stacks: which stack an address is on,
// and a scan of every stack that is not running (each task's saved stack, from its saved
// stack pointer to its top).
using Internal.Runtime;
using RalphOS.Kernel.Tasks;

namespace RalphOS.Kernel.Memory;

internal static class KernelStacks
{
    // The top (highest address, exclusive) of the stack holding `address`; 0 if unknown.
    public static nint TopOf(nint address)
    {
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
        {
            if (task.ContainsStackAddress((ulong)address))
                return (nint)task.StackTop;
        }
        return 0;
    }

    public static void ScanSuspendedStacks()
    {
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
        {
            if (task == Scheduler.Current || task.State == TaskState.Finished)
                continue;
            GarbageCollector.ScanRange((nint)task.SavedStackPointer, (nint)task.StackTop);
        }
    }
}
