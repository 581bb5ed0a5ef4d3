// InterruptDispatcher: the single C# entry for every interrupt (called by interrupts.asm
// with the saved state). CPU exceptions are fatal for now and go to the panic screen;
// hardware interrupt lines are not enabled yet, so any other vector is reported.
using System.Runtime.InteropServices;
using RalphOS.Kernel.Diagnostics;

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
        KernelLog.Warning("interrupts", "unexpected interrupt vector");
    }
}
