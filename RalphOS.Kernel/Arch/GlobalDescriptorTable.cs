// GlobalDescriptorTable: the kernel's own GDT (stage 2's lives in low memory we do not
// own) with a 64-bit task state segment. In long mode the TSS only matters for its
// interrupt stack table (IST): the double-fault and page-fault gates switch to their own
// stacks, so a task that overflows into its guard page can still be reported (the fault
// could not push its frame on the exhausted stack). Layouts: Intel SDM vol. 3, 3.4.5
// (segment descriptors), 7.2.3 (64-bit TSS), 6.14.5 (IST).
using RalphOS.Kernel.Memory;

namespace RalphOS.Kernel.Arch;

internal static unsafe class GlobalDescriptorTable
{
    public const ushort KernelCode = 0x08;
    public const ushort KernelData = 0x10;
    public const ushort TaskState = 0x18;
    public const int DoubleFaultIst = 1;
    public const int PageFaultIst = 2;

    private const ulong KernelCodeDescriptor = 0x00AF9A000000FFFF; // present, ring 0, code, L=1
    private const ulong KernelDataDescriptor = 0x00CF92000000FFFF; // present, ring 0, data, writable
    private const int TssSize = 104;
    private const byte TssAvailable64 = 0x89;                      // present, type 9
    private const nuint IstStackSize = 16 * 1024;
    private const int IstOffset = 0x24;                            // IST1 at 0x24, 8 bytes each
    private const int IoMapBaseOffset = 0x66;

    private static byte* _table;
    private static byte* _tss;

    public static void Install()
    {
        _table = KernelMemory.Allocate(64);
        _tss = KernelMemory.Allocate(TssSize);
        *(ulong*)(_table + 0x08) = KernelCodeDescriptor;
        *(ulong*)(_table + 0x10) = KernelDataDescriptor;
        WriteTssDescriptor(_table + TaskState, (ulong)_tss);
        SetIstStack(DoubleFaultIst);
        SetIstStack(PageFaultIst);
        *(ushort*)(_tss + IoMapBaseOffset) = TssSize; // no I/O permission bitmap

        byte* descriptor = stackalloc byte[10];
        *(ushort*)descriptor = 0x28 - 1;
        *(ulong*)(descriptor + 2) = (ulong)_table;
        Cpu.LoadGdt(descriptor, KernelCode, KernelData, TaskState);
    }

    private static void SetIstStack(int index)
    {
        byte* stack = KernelMemory.Allocate(IstStackSize);
        *(ulong*)(_tss + IstOffset + (index - 1) * 8) = (ulong)(stack + IstStackSize);
    }

    // A system-segment descriptor is 16 bytes in long mode: limit, base 0-23, type,
    // limit 16-19, base 24-31, then base 32-63.
    private static void WriteTssDescriptor(byte* entry, ulong tssBase)
    {
        ulong limit = TssSize - 1;
        ulong low = (limit & 0xFFFF)
            | ((tssBase & 0xFFFFFF) << 16)
            | ((ulong)TssAvailable64 << 40)
            | (((limit >> 16) & 0xF) << 48)
            | (((tssBase >> 24) & 0xFF) << 56);
        *(ulong*)entry = low;
        *(ulong*)(entry + 8) = tssBase >> 32;
    }
}
