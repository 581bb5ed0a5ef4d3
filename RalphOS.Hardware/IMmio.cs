// IMmio: a device's memory-mapped registers (a PCI BAR) as 32-bit reads and writes at byte
// offsets from the region's base. The kernel implements it with single loads and stores (assembly
// helpers the compiler cannot merge or drop) through the identity map (RalphOS.Kernel/Drivers/E1000/KernelMmio.cs); host tests with a
// model of the device (tests/RalphOS.Net.Tests/Support/FakeE1000.cs).
namespace RalphOS.Hardware;

public interface IMmio
{
    uint Read32(uint offset);
    void Write32(uint offset, uint value);
}
