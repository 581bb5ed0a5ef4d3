// TaskStack: a task's stack with an unmapped guard page below it. Running off the bottom
// touches the guard page and faults (on the page-fault handler's own stack), so a runaway
// recursion is reported as "stack overflow in task NAME" instead of corrupting memory.
// New stacks are prepared so that the first switch to the task enters the trampoline.
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Memory;

namespace RalphOS.Kernel.Tasks;

internal sealed unsafe class TaskStack
{
    public const nuint DefaultSize = 64 * 1024;
    private const uint DefaultMxcsr = 0x1F80;          // all SSE exceptions masked, round to nearest
    private const ushort DefaultFpuControlWord = 0x037F; // x87: all exceptions masked, 64-bit precision
    private const int SavedRegisterCount = 6;          // rbx, rbp, r12-r15 (context_switch.asm)

    private readonly byte* _memory;

    private TaskStack(byte* memory, nuint size)
    {
        _memory = memory;
        Size = size;
    }

    public nuint Size { get; }
    public ulong GuardPage => (ulong)_memory;
    public ulong Bottom => (ulong)_memory + KernelMemory.PageSize;
    public ulong Top => Bottom + Size;

    // Null when memory for the stack or its guard page's page table is not available.
    public static TaskStack Create(nuint size)
    {
        size = (size + KernelMemory.PageSize - 1) & ~(KernelMemory.PageSize - 1);
        byte* memory = KernelMemory.TryAllocatePages(size + KernelMemory.PageSize);
        if (memory == null)
            return null;
        if (!PageTables.Unmap((ulong)memory))
        {
            KernelMemory.Free(memory);
            return null;
        }
        return new TaskStack(memory, size);
    }

    // Lays out the frame ralph_switch_context restores; returns the stack pointer to save.
    public ulong PrepareFirstSwitch()
    {
        ulong* sp = (ulong*)Top;
        *--sp = 0;                                    // alignment padding
        *--sp = Cpu.TaskTrampolineAddress();          // "return address" of the first switch
        for (int i = 0; i < SavedRegisterCount; i++)
            *--sp = 0;
        *--sp = DefaultMxcsr | ((ulong)DefaultFpuControlWord << 32);
        return (ulong)sp;
    }

    public void Release()
    {
        PageTables.Map(GuardPage);
        KernelMemory.Free(_memory);
    }
}
