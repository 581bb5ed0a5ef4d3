// IDmaMemory: memory a bus-mastering device reads and writes by itself (descriptor rings,
// packet buffers): allocated once, zeroed, never moved or freed while the device may use
// it, known to the driver by its physical address. Access gives the CPU's view of it. The
// kernel backs it with native heap memory, whose physical address is its virtual one in
// our identity map (RalphOS.Kernel/Drivers/E1000/KernelDmaMemory.cs); host tests with a
// byte array standing in for RAM, shared with the fake device (tests/RalphOS.Net.Tests).
using System;

namespace RalphOS.Hardware;

public interface IDmaMemory
{
    /// <summary>The physical address of length zeroed bytes aligned to alignment (a power
    /// of two), or 0 when there is no room.</summary>
    ulong Allocate(int length, int alignment);

    /// <summary>The CPU's view of length bytes at a physical address Allocate returned.</summary>
    Span<byte> Access(ulong physical, int length);
}
