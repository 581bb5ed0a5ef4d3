// IAtaPorts: the ATA driver's view of one IDE channel's I/O ports (byte registers and the
// 16-bit data port), plus a millisecond clock for its timeouts. KernelAtaPorts backs it
// with the CPU's in/out instructions and the PIT clock; host tests back it with a fake
// drive (tests/RalphOS.Storage.Tests/Support/FakeAtaChannel.cs).
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
}
