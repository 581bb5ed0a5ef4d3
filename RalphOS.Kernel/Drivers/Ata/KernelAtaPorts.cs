// KernelAtaPorts: IAtaPorts for the real machine: the CPU's in/out instructions (rep
// insw/outsw for sector data, one VM exit per sector under QEMU), the PIT's millisecond
// clock for timeouts, and, once the disk service attaches it, the channel's interrupt
// (AtaChannelInterrupt: the waiting task sleeps). Created by Storage/DiskService.cs.
using System;
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Time;

namespace RalphOS.Kernel.Drivers.Ata;

internal sealed unsafe class KernelAtaPorts : IAtaPorts
{
    /// <summary>The channel's interrupt, or null while the driver polls (probing).</summary>
    public AtaChannelInterrupt Interrupt { get; set; }

    public byte In8(ushort port) => Cpu.InByte(port);
    public void Out8(ushort port, byte value) => Cpu.OutByte(port, value);
    public long Milliseconds => (long)Clock.Milliseconds;

    public bool HasInterrupt => Interrupt != null;
    public void ArmInterrupt() => Interrupt?.Arm();
    public bool WaitForInterrupt(long timeoutMs) => Interrupt != null && Interrupt.Wait(timeoutMs);

    public void InWords(ushort port, Span<byte> destination)
    {
        fixed (byte* buffer = destination)
            Cpu.InWords(port, buffer, (nuint)(destination.Length / 2));
    }

    public void OutWords(ushort port, ReadOnlySpan<byte> source)
    {
        fixed (byte* buffer = source)
            Cpu.OutWords(port, buffer, (nuint)(source.Length / 2));
    }
}
