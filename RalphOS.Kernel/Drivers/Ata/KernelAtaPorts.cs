// KernelAtaPorts: IAtaPorts for the real machine: the CPU's in/out instructions (rep
// insw/outsw for sector data, one VM exit per sector under QEMU) and the PIT's millisecond
// clock for timeouts. Created by the disk service (Storage/DiskService.cs).
using System;
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Time;

namespace RalphOS.Kernel.Drivers.Ata;

internal sealed unsafe class KernelAtaPorts : IAtaPorts
{
    public byte In8(ushort port) => Cpu.InByte(port);
    public void Out8(ushort port, byte value) => Cpu.OutByte(port, value);
    public long Milliseconds => (long)Clock.Milliseconds;

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
