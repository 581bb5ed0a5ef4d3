// TaskFaults: what happens when a task (not the kernel core) faults: a CPU exception, a
// managed runtime failure (bounds, null, cast, throw) or running into its stack's guard
// page. The task is ended with a message on the console; its stack is freed by the kernel
// task and its objects by the collector; every other task keeps running. Allocation-free:
// this runs on the faulting path, sometimes on the page-fault handler's own stack.
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Interrupts;
using RalphOS.Kernel.Memory;

namespace RalphOS.Kernel.Tasks;

internal static unsafe class TaskFaults
{
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
