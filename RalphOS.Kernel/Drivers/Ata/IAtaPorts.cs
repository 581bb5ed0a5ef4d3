// IAtaPorts: the ATA driver's view of one IDE channel's I/O ports (byte registers and the
// 16-bit data port), a millisecond clock for its timeouts, and the channel's interrupt
// line (IRQ 14 or 15) where it has one. KernelAtaPorts backs it with the CPU's in/out
// instructions, the PIT clock and an AtaChannelInterrupt (the waiting task sleeps); host
// tests back it with a fake drive (tests/RalphOS.Storage.Tests/Support/FakeAtaChannel.cs).
using System;

namespace RalphOS.Kernel.Drivers.Ata;

public interface IAtaPorts
{
    byte In8(ushort port);
    void Out8(ushort port, byte value);
    /// <summary>rep insw: reads destination.Length / 2 words from the data port.</summary>
    void InWords(ushort port, Span<byte> destination);
    /// <summary>rep outsw: writes source.Length / 2 words to the data port.</summary>
    void OutWords(ushort port, ReadOnlySpan<byte> source);
    /// <summary>A monotonic millisecond count, for timeouts.</summary>
    long Milliseconds { get; }

    /// <summary>True when the channel's interrupt line is wired to a handler, so the driver
    /// may unmask the drive's interrupt and wait for it instead of polling.</summary>
    bool HasInterrupt { get; }
    /// <summary>Forgets any interrupt seen so far: called before the driver starts the step
    /// whose end it will wait for, so an early interrupt is not lost and a stale one not taken.</summary>
    void ArmInterrupt();
    /// <summary>Waits (the caller's task sleeps) until an interrupt came since ArmInterrupt,
    /// at most timeoutMs; true if one came.</summary>
    bool WaitForInterrupt(long timeoutMs);
}
