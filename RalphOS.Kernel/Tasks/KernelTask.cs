// KernelTask: one cooperatively scheduled thread of execution: its stack, saved stack
// pointer, state and accounting. The scheduler links tasks into its queues through Next
// (intrusive lists, so moving a task between queues never allocates: interrupt handlers
// wake tasks). AllNext links every live task for listings and the collector's stack scan.
namespace RalphOS.Kernel.Tasks;

internal sealed unsafe class KernelTask
{
    public int Id;
    public string Name;
    public TaskState State;
    public ulong SavedStackPointer;
    public TaskStack Stack;              // null for the kernel task (it runs on the boot stack)
    public ulong StackBottom;            // lowest usable address
    public ulong StackTop;               // one past the highest
    public delegate*<nint, void> Entry;
    public nint Argument;
    public ulong WakeAtMilliseconds;
    public ulong CpuCycles;
    public bool BreakRequested;
    public string ExitReason;

    public KernelTask Next;              // run queue, sleep list or wait queue
    public KernelTask AllNext;           // list of all tasks

    public bool IsKernelCore => Id == 0;

    public bool ContainsStackAddress(ulong address) => address >= StackBottom && address < StackTop;
}
