// Scheduler: cooperative round-robin multitasking. A task runs until it yields, sleeps,
// blocks on a WaitQueue or exits; then the next ready task runs. When none is ready the
// CPU halts until an interrupt (the 1 kHz timer, input) makes one ready, so an idle
// system uses no CPU. Task 0 is the kernel task: the boot context, which after start-up
// does KernelCore's housekeeping. A fault in any other task ends only that task.
// All queue changes happen with interrupts disabled; interrupt handlers only make tasks
// ready. Context switches save the callee-saved registers and the SSE/x87 control words
// (context_switch.asm).
using System.Runtime.InteropServices;
using Internal.Runtime;
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Time;

namespace RalphOS.Kernel.Tasks;

internal static unsafe partial class Scheduler
{
    private static readonly TaskQueue _ready = new TaskQueue();
    private static readonly SleepList _sleeping = new SleepList();
    private static readonly TaskQueue _finished = new TaskQueue();
    private static KernelTask _current;
    private static KernelTask _allTasks;
    private static int _nextId;
    private static ulong _runningSince;
    private static ulong _idleCycles;

    public static KernelTask Current => _current;
    public static KernelTask AllTasks => _allTasks;
    public static ulong IdleCycles => _idleCycles;
    public static bool IsRunning => _current != null;

    // Turns the boot context into task 0, the kernel task.
    public static void Initialize(ulong bootStackBottom, ulong bootStackTop)
    {
        var kernel = new KernelTask
        {
            Id = _nextId++,
            Name = "kernel",
            State = TaskState.Running,
            StackBottom = bootStackBottom,
            StackTop = bootStackTop,
        };
        Link(kernel);
        _current = kernel;
        _runningSince = Cpu.ReadTimestampCounter();
    }

    // Creates a ready task that will run entry(argument); returns null when there is no
    // memory for its stack.
    public static KernelTask Spawn(string name, delegate*<nint, void> entry, nint argument, nuint stackSize = TaskStack.DefaultSize)
    {
        TaskStack stack = TaskStack.Create(stackSize);
        if (stack == null)
            return null;
        var task = new KernelTask
        {
            Name = name,
            Entry = entry,
            Argument = argument,
            Stack = stack,
            StackBottom = stack.Bottom,
            StackTop = stack.Top,
            SavedStackPointer = stack.PrepareFirstSwitch(),
        };
        bool wereEnabled = Cpu.DisableInterruptsSaving();
        task.Id = _nextId++;
        Link(task);
        Enqueue(task);
        Cpu.RestoreInterrupts(wereEnabled);
        return task;
    }

    public static void Yield()
    {
        bool wereEnabled = Cpu.DisableInterruptsSaving();
        Enqueue(_current);
        SwitchToNext();
        Cpu.RestoreInterrupts(wereEnabled);
    }

    // Sleeps for at least the given time; returns false when a break (Ctrl-C) cut it short,
    // or was already pending (then it does not sleep at all). Input reaching the task's
    // break source wakes it to look for a break, then it sleeps on to the same deadline.
    public static bool Sleep(ulong milliseconds)
    {
        bool wereEnabled = Cpu.DisableInterruptsSaving();
        KernelTask task = _current;
        ulong deadline = Clock.Milliseconds + milliseconds;
        do
        {
            if (PollBreakSource())
                break;
            task.State = TaskState.Sleeping;
            _sleeping.Add(task, deadline);
            SwitchToNext();
        } while (Clock.Milliseconds < deadline);
        bool completed = Clock.Milliseconds >= deadline;
        Cpu.RestoreInterrupts(wereEnabled);
        return completed;
    }

    // Interrupts must be disabled (see WaitQueue). With a deadline the task also wakes
    // when that time comes (deadline: milliseconds since boot; ulong.MaxValue for none).
    internal static void BlockCurrent(TaskQueue waitQueue, ulong deadline = ulong.MaxValue)
    {
        if (_current.BreakRequested)
            return;
        _current.State = TaskState.Blocked;
        _current.BlockedOn = waitQueue;
        waitQueue.Enqueue(_current);
        if (deadline != ulong.MaxValue)
            _sleeping.Add(_current, deadline);
        SwitchToNext();
    }

    // Interrupts disabled, or in an interrupt handler. The caller has taken the task off
    // the wait queue it was woken from, if any.
    internal static void MakeReady(KernelTask task, WakeUrgency urgency = WakeUrgency.Normal)
    {
        if (task.State != TaskState.Sleeping && task.State != TaskState.Blocked)
            return;
        _sleeping.Remove(task);
        task.BlockedOn = null;
        task.State = TaskState.Ready;
        if (urgency == WakeUrgency.RunNext)
            _ready.EnqueueFirst(task);
        else
            _ready.Enqueue(task);
    }

    private static void Enqueue(KernelTask task)
    {
        task.State = TaskState.Ready;
        _ready.Enqueue(task);
    }

    public static void Exit(string reason = "finished")
    {
        Cpu.DisableInterrupts(); // never returns: no state to restore
        KernelTask task = _current;
        task.ExitReason = reason;
        task.State = TaskState.Finished;
        _finished.Enqueue(task);
        KernelCore.WakeFromScheduler();
        SwitchToNext();
    }

    public static bool HasFinishedTasks => !_finished.IsEmpty;

    // Frees what finished tasks leave behind: their stacks and other resources (the kernel
    // task calls this; a task cannot free the stack it is running on).
    public static void ReapFinishedTasks()
    {
        for (;;)
        {
            bool wereEnabled = Cpu.DisableInterruptsSaving();
            KernelTask done = _finished.Dequeue();
            if (done != null)
                Unlink(done);
            Cpu.RestoreInterrupts(wereEnabled);
            if (done == null)
                return;
            done.Stack?.Release();
            done.Stack = null;
            done.Resources?.Release(done);
            done.Resources = null;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "ralph_task_main")]
    private static void TaskMain()
    {
        Cpu.EnableInterrupts();
        KernelTask task = _current;
        task.Entry(task.Argument);
        Exit();
    }

    // Picks the next ready task (halting while there is none) and switches to it.
    // Interrupts are disabled on entry and on return.
    private static void SwitchToNext()
    {
        ChargeRunningTime();
        KernelTask next;
        while ((next = TakeNextReady()) == null)
        {
            ulong idleStart = Cpu.ReadTimestampCounter();
            Cpu.EnableInterrupts();
            Cpu.Halt();
            Cpu.DisableInterrupts();
            _idleCycles += Cpu.ReadTimestampCounter() - idleStart;
        }
        KernelTask previous = _current;
        next.State = TaskState.Running;
        _current = next;
        ManagedHeap.CurrentOwner = (uint)next.Id;
        _runningSince = Cpu.ReadTimestampCounter();
        if (next == previous)
            return;
        fixed (ulong* save = &previous.SavedStackPointer)
            Cpu.SwitchContext(save, next.SavedStackPointer);
    }

    private static KernelTask TakeNextReady()
    {
        WakeSleepers(Clock.Milliseconds);
        return _ready.Dequeue();
    }

    private static void WakeSleepers(ulong now)
    {
        KernelTask task;
        while ((task = _sleeping.TakeDue(now)) != null)
        {
            // A timed wait that timed out leaves its wait queue.
            task.BlockedOn?.Remove(task);
            MakeReady(task);
        }
    }

    private static void ChargeRunningTime()
    {
        ulong now = Cpu.ReadTimestampCounter();
        _current.CpuCycles += now - _runningSince;
        _runningSince = now;
    }

    private static void Link(KernelTask task)
    {
        task.AllNext = _allTasks;
        _allTasks = task;
    }

    private static void Unlink(KernelTask task)
    {
        if (_allTasks == task)
        {
            _allTasks = task.AllNext;
            return;
        }
        for (KernelTask t = _allTasks; t != null; t = t.AllNext)
        {
            if (t.AllNext == task)
            {
                t.AllNext = task.AllNext;
                return;
            }
        }
    }
}
