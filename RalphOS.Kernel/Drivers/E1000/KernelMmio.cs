// KernelMmio: IMmio for the real machine: a device's register window (a PCI memory BAR)
// read and written with single 32-bit loads and stores through assembly helpers, so the
// compiler never caches, merges or drops a register access. The identity map stage 2 built
// covers the first 4 GiB, where the firmware puts 32-bit BARs, so the BAR's physical address
// is usable as is. Created by E1000Probe.
using RalphOS.Hardware;
using RalphOS.Kernel.Arch;

namespace RalphOS.Kernel.Drivers.E1000;

internal sealed class KernelMmio : IMmio
{
    private readonly ulong _base;

    public KernelMmio(ulong physicalBase) => _base = physicalBase;

    public uint Read32(uint offset) => Cpu.MmioRead32(_base + offset);
    public void Write32(uint offset, uint value) => Cpu.MmioWrite32(_base + offset, value);
}
