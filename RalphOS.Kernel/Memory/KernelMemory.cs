// KernelMemory: memory the kernel manages by hand (descriptor tables, page tables, task
// stacks): taken from the managed heap's region but tagged native, so the garbage
// collector never frees or scans it. Zeroed and 16-byte aligned; page-aligned on request.
using Internal.Runtime;
using RalphOS.Kernel.Diagnostics;

namespace RalphOS.Kernel.Memory;

internal static unsafe class KernelMemory
{
    public const nuint PageSize = 4096;

    public static byte* Allocate(nuint size)
    {
        byte* memory = ManagedHeap.AllocateNative(size, 16);
        if (memory == null)
            KernelPanic.FromManagedCode("out of memory for kernel structures");
        return memory;
    }

    // Null when there is no room (callers report it: e.g. a task cannot be created).
    public static byte* TryAllocatePages(nuint size) => ManagedHeap.AllocateNative(size, PageSize);

    public static void Free(void* memory) => ManagedHeap.FreeNative(memory);
}
