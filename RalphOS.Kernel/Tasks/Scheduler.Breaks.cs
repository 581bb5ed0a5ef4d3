// Scheduler.Breaks: how a break (Ctrl-C, IAC IP over telnet, the monitor's `break ID`)
// reaches a task wherever it waits. RequestBreak sets the task's flag and wakes it from its
// sleep or wait queue; every wait returns early while the flag is set, and the BASIC
// interpreter turns it into "Break in N" right after the call that waited. A task whose
// breaks come in with its own input (IBreakSource: a telnet session) is woken by
// NotifyBreakSource when input arrives, and looks at it in PollBreakSource, which
// Sleep and the socket waits call on every pass.
using RalphOS.Kernel.Arch;

namespace RalphOS.Kernel.Tasks;

internal static unsafe partial class Scheduler
{
    // Asks a task to stop what it is doing (Ctrl-C): wakes it from a sleep or a wait.
    // Called from the serial interrupt handler, or with interrupts disabled.
    public static void RequestBreak(KernelTask task)
    {
        task.BreakRequested = true;
        WakeFromAnyWait(task);
    }

    // Input reached the task's break source (called by the network task): wakes the task
    // from a sleep or a wait so it can look for a break in it.
    public static void NotifyBreakSource(KernelTask task)
    {
        bool wereEnabled = Cpu.DisableInterruptsSaving();
        task.BreakSourceReady = true;
        WakeFromAnyWait(task);
        Cpu.RestoreInterrupts(wereEnabled);
    }

    // For wait loops, with interrupts disabled (as on return): lets the current task's break
    // source look at input that arrived since it last did (with interrupts enabled while it
    // reads); returns whether a break is pending.
    internal static bool PollBreakSource()
    {
        KernelTask task = _current;
        if (task.BreakSourceReady && task.BreakSource != null)
        {
            task.BreakSourceReady = false;
            Cpu.EnableInterrupts();
            bool looked = task.BreakSource.CheckForBreak();
            Cpu.DisableInterrupts();
            if (!looked)
                task.BreakSourceReady = true;
        }
        return task.BreakRequested;
    }

    // Every wait loop re-checks its condition, so an early wake-up is always safe.
    private static void WakeFromAnyWait(KernelTask task)
    {
        if (task.State == TaskState.Blocked)
            task.BlockedOn?.Remove(task);
        if (task.State == TaskState.Sleeping || task.State == TaskState.Blocked)
            MakeReady(task);
    }
}
