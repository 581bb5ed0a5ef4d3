// MemoryKind: what a stretch of memory is, as the memory map colours it and its tooltip
// names it. MemoryMapPainter classifies memory into these; MapPalette picks the colours.
namespace RalphOS.Kernel.MemoryMap;

internal enum MemoryKind : byte
{
    None = 0,          // not RAM the kernel uses (past the heap, holes)
    KernelCode,        // the kernel image's code (.text: the compiled C# and the assembly)
    KernelReadOnlyData,// its read-only data: constants, type and GC tables, unwind data
    KernelData,        // its static data: .data (frozen objects: string literals, ...) and .bss
    BootData,          // loaded by stage 2 after the kernel: symbol table, embedded files
    HeapMetadata,      // the heap's own control block and bitmaps
    HeapFree,
    HeapKernel,        // managed objects of the kernel task (owner 0)
    HeapNative,        // memory the kernel manages by hand: page tables, descriptor tables
    HeapTask,          // managed objects of a task (owner: its id)
    Stack,             // a task's stack (owner: its id)
    GuardPage,         // the unmapped page under a task's stack
    ProgramImage,      // a C# program's placed ELF image: code and data (owner: its task's id)
}
