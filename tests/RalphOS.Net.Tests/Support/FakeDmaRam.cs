// FakeDmaRam: IDmaMemory over a byte array standing in for the machine's RAM, at a made-up
// physical base address, so the driver and FakeE1000 see the same "physical" memory: the
// driver through Access, the fake device as a bus master through Read/Write. Allocations
// are bump-allocated, zeroed and aligned as asked; the array is finite, so running out is
// testable.
using System;
using RalphOS.Hardware;

namespace RalphOS.Net.Tests.Support;

public sealed class FakeDmaRam : IDmaMemory
{
    public const ulong Base = 0x0100_0000;   // above the low megabyte, as the kernel heap is
    private readonly byte[] _ram;
    private ulong _next = Base;

    public FakeDmaRam(int size) => _ram = new byte[size];

    public int Allocations { get; private set; }

    public ulong Allocate(int length, int alignment)
    {
        ulong start = (_next + (ulong)alignment - 1) & ~((ulong)alignment - 1);
        if (start + (ulong)length > Base + (ulong)_ram.Length)
            return 0;
        _next = start + (ulong)length;
        Allocations++;
        Array.Clear(_ram, (int)(start - Base), length);
        return start;
    }

    public Span<byte> Access(ulong physical, int length)
    {
        if (physical < Base || physical + (ulong)length > Base + (ulong)_ram.Length)
            throw new InvalidOperationException($"access outside RAM: 0x{physical:x} + {length}");
        return _ram.AsSpan((int)(physical - Base), length);
    }
}
