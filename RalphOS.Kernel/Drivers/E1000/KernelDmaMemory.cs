// KernelDmaMemory: IDmaMemory for the real machine: whole pages of native heap memory
// (KernelMemory: zeroed, never moved, never scanned or freed by the collector), whose
// physical address is their virtual address in our identity map. Used by the e1000 driver
// for its descriptor rings and packet buffers; they live as long as the machine.
using System;
using RalphOS.Hardware;
using RalphOS.Kernel.Memory;

namespace RalphOS.Kernel.Drivers.E1000;

internal sealed unsafe class KernelDmaMemory : IDmaMemory
{
    // Page alignment satisfies every alignment the driver asks for (at most 4 KiB).
    public ulong Allocate(int length, int alignment)
    {
        if (alignment > (int)KernelMemory.PageSize)
            return 0;
        return (ulong)KernelMemory.TryAllocatePages((nuint)length);
    }

    public Span<byte> Access(ulong physical, int length) => new Span<byte>((void*)physical, length);
}
