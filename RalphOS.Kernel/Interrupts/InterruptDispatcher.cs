// InterruptDispatcher: the single C# entry for every interrupt (called by interrupts.asm
// with the saved state). CPU exceptions go to KernelPanic: in an ordinary task a null
// dereference or a division by zero becomes a managed exception, other faults end the
// task, and in the kernel core they are a panic;
// vectors 32-47 are the legacy IRQ lines (the timer's also feeds the profiler); anything
// else is reported and ignored.
using System.Runtime.InteropServices;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Drivers.Pic;
using RalphOS.Kernel.Drivers.Pit;
using RalphOS.Kernel.Time;

namespace RalphOS.Kernel.Interrupts;

internal static unsafe class InterruptDispatcher
{

    [UnmanagedCallersOnly(EntryPoint = "ralph_interrupt_dispatch")]
    private static void Dispatch(InterruptFrame* frame)
    {
        if (frame->Vector < CpuExceptions.Count)
        {
            KernelPanic.FromCpuException(frame);
            return;
        }
        int line = (int)frame->Vector - Pic8259.FirstVector;
        if (line >= 0 && line < Pic8259.LineCount)
        {
            if (line == Pit8254.IrqLine && Profiler.IsRunning)
                Profiler.Sample(frame->Rip);
            IrqTable.Handle(line);
            return;
        }
        KernelLog.Warning("interrupts", "unexpected interrupt vector");
    }
}
