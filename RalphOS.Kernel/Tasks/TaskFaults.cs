// TaskFaults: what happens when a task (not the kernel core) faults. A null dereference or
// a division by zero in managed code is turned into the .NET exception, which the task
// may catch; an exception it does not catch, any other CPU exception, or running into its
// stack's guard page ends the task with a message on the console; its stack is freed by
// the kernel task and its objects by the collector; every other task keeps running. The
// CPU-exception paths are allocation-free: they run on the faulting path, sometimes on
// the page-fault handler's own stack.
using Internal.Runtime.ExceptionHandling;
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Interrupts;
using RalphOS.Kernel.Memory;

namespace RalphOS.Kernel.Tasks;

internal static unsafe class TaskFaults
{
    private const ulong DivideError = 0;          // #DE (Intel SDM vol. 3, table 6-1)
    private const ulong InterruptFlag = 1 << 9;   // RFLAGS.IF
    public static bool CanEndCurrentTask
    {
        get
        {
            KernelTask task = Scheduler.Current;
            return task != null && !task.IsKernelCore && task.State == TaskState.Running;
        }
    }

    public static void EndAfterCpuException(InterruptFrame* frame)
    {
        KernelTask task = Scheduler.Current;
        Terminal.WriteLine();
        if (frame->Vector == CpuExceptions.PageFault && IsGuardPageHit(task, Cpu.ReadCr2()))
        {
            Terminal.Write("stack overflow in task ");
            WriteTaskName(task);
            Terminal.WriteLine("; task stopped");
            Scheduler.Exit("stack overflow");
        }
        Terminal.Write("task ");
        WriteTaskName(task);
        if (frame->Vector == CpuExceptions.PageFault && Cpu.ReadCr2() < KernelPanic.NullPageEnd)
            Terminal.Write(" stopped: null reference; CPU exception ");
        else
            Terminal.Write(" stopped: CPU exception ");
        Terminal.Write(CpuExceptions.Name(frame->Vector));
        Terminal.Write(" at ");
        Terminal.WriteHex(frame->Rip);
        Terminal.Write(' ');
        Backtrace.WriteSymbol(frame->Rip);
        Terminal.WriteLine();
        Backtrace.Print(frame->Rip, frame->Rbp);
        Scheduler.Exit("CPU exception");
    }

    // A null dereference (a fault in the unmapped page 0) or a division by zero in a task
    // running with interrupts on becomes the .NET exception, thrown at the faulting
    // instruction: the interrupt returns into the dispatcher's entry instead of retrying
    // the instruction. Other faults, and faults with interrupts off (the scheduler, a
    // driver's critical section), are not recoverable there.
    public static bool TryRedirectToManagedThrow(InterruptFrame* frame)
    {
        ulong kind;
        if (frame->Vector == DivideError)
            kind = ExceptionDispatcher.DivideByZeroFault;
        else if (frame->Vector == CpuExceptions.PageFault && Cpu.ReadCr2() < KernelPanic.NullPageEnd)
            kind = ExceptionDispatcher.NullReferenceFault;
        else
            return false;
        if ((frame->Rflags & InterruptFlag) == 0)
            return false;
        // A program's code throws through its own runtime (its dispatcher knows its frames);
        // code without a runtime of ours gets the CPU-exception report.
        ulong throwEntry = ExceptionDispatcher.FaultThrowEntry;
        ITaskResources resources = Scheduler.Current.Resources;
        if (resources != null && resources.OwnsCode(frame->Rip, out ulong ownEntry))
        {
            if (ownEntry == 0)
                return false;
            throwEntry = ownEntry;
        }
        frame->Rdi = kind;
        frame->Rsi = frame->Rip;
        frame->Rip = throwEntry;
        return true;
    }

    // ExceptionDispatcher.UnhandledHandler: the .NET-style report on the console and in the
    // log, then the task ends; the kernel core panics with the same report.
    public static void EndAfterUnhandledException(object exception)
    {
        string report = string.Concat("Unhandled exception. ", exception.ToString());
        if (!CanEndCurrentTask || (Cpu.ReadFlags() & InterruptFlag) == 0)
            KernelPanic.FromUnhandledException(report);
        KernelTask task = Scheduler.Current;
        Terminal.WriteLine();
        Terminal.WriteLine(string.Concat("task ", task.Name, " (id ", task.Id.ToString(), ") stopped: ", report));
        KernelLog.Error("tasks", string.Concat("task ", task.Name, " stopped: ", report));
        Scheduler.Exit("unhandled exception");
    }

    public static void EndAfterManagedFailure(string message)
    {
        KernelTask task = Scheduler.Current;
        Terminal.WriteLine();
        Terminal.Write("task ");
        WriteTaskName(task);
        Terminal.Write(" stopped: ");
        Terminal.WriteLine(message);
        Scheduler.Exit("runtime failure");
    }

    private static bool IsGuardPageHit(KernelTask task, ulong faultAddress) =>
        task.Stack != null && faultAddress >= task.Stack.GuardPage && faultAddress < task.Stack.GuardPage + KernelMemory.PageSize;

    private static void WriteTaskName(KernelTask task)
    {
        Terminal.Write(task.Name);
        Terminal.Write(" (id ");
        Terminal.WriteDecimal((ulong)task.Id);
        Terminal.Write(')');
    }
}
