// KernelTask: one cooperatively scheduled thread of execution: its stack, saved stack
// pointer, state and accounting. The scheduler links tasks into its queues through Next
// and its sleep list through SleepNext (intrusive lists, so moving a task never allocates:
// interrupt handlers wake tasks); a task waiting with a timeout is in both. AllNext links
// every live task for listings and the collector's stack scan. BreakRequested is Ctrl-C
// for this task; BreakSource, when set, is the input that may hold one (a telnet session).
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
    public IBreakSource BreakSource;     // null: breaks arrive only through RequestBreak
    public bool BreakSourceReady;        // input reached BreakSource since it last looked
    public string ExitReason;
    public ITaskResources Resources;     // what the task owns besides its stack (a program's memory)

    public KernelTask Next;              // run queue or wait queue
    public KernelTask SleepNext;         // sleep list (a timed wait is in a wait queue too)
    public bool IsInSleepList;
    public TaskQueue BlockedOn;          // the wait queue of a Blocked task
    public KernelTask AllNext;           // list of all tasks

    public bool IsKernelCore => Id == 0;

    public bool ContainsStackAddress(ulong address) => address >= StackBottom && address < StackTop;
}
