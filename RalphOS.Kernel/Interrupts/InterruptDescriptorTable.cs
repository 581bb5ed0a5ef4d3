// InterruptDescriptorTable: the IDT, 256 gates that send every interrupt vector to its stub
// in interrupts.asm. All are 64-bit interrupt gates (interrupts stay off inside handlers)
// on the kernel code segment. Gate format: Intel SDM vol. 3, section 6.14.1.
using RalphOS.Kernel.Arch;

namespace RalphOS.Kernel.Interrupts;

internal static unsafe class InterruptDescriptorTable
{
    private const int VectorCount = 256;
    private const int GateSize = 16;
    private const byte InterruptGatePresent = 0x8E;  // present, ring 0, 64-bit interrupt gate

    // The table itself must outlive everything; it lives in a pinned, never-freed array.
    private static byte[] _table;

    public static void Install()
    {
        _table = new byte[VectorCount * GateSize + 16];
        fixed (byte* raw = _table)
        {
            byte* gates = (byte*)(((ulong)raw + 15) & ~15UL);
            for (int vector = 0; vector < VectorCount; vector++)
                WriteGate(gates + vector * GateSize, Cpu.IsrStubAddress(vector), StackTableIndex(vector));

            // lidt operand: 16-bit limit, then 64-bit base.
            byte* descriptor = stackalloc byte[10];
            *(ushort*)descriptor = VectorCount * GateSize - 1;
            *(ulong*)(descriptor + 2) = (ulong)gates;
            Cpu.LoadIdt(descriptor);
        }
    }

    // Double faults and page faults run on their own stacks (see GlobalDescriptorTable),
    // so a fault caused by an exhausted stack can still be handled.
    private static byte StackTableIndex(int vector) => vector switch
    {
        8 => GlobalDescriptorTable.DoubleFaultIst,
        CpuExceptions.PageFault => GlobalDescriptorTable.PageFaultIst,
        _ => 0,
    };

    private static void WriteGate(byte* gate, ulong handler, byte stackTableIndex)
    {
        *(ushort*)(gate + 0) = (ushort)handler;
        *(ushort*)(gate + 2) = GlobalDescriptorTable.KernelCode;
        gate[4] = stackTableIndex;
        gate[5] = InterruptGatePresent;
        *(ushort*)(gate + 6) = (ushort)(handler >> 16);
        *(uint*)(gate + 8) = (uint)(handler >> 32);
        *(uint*)(gate + 12) = 0;
    }
}
