// KernelExtent: where the kernel image's parts lie, for the memory map: code from Start,
// read-only data from ReadOnlyDataStart, static data (.data with the frozen objects, then
// .bss) from DataStart to End, and what stage 2 loaded after it (symbol table, embedded
// files) up to BootDataEnd. KernelMain fills it from the linker's symbols (kernel.ld,
// through Cpu) and the boot information; MemoryMapPainter colours each part.
namespace RalphOS.Kernel.MemoryMap;

internal readonly struct KernelExtent
{
    public KernelExtent(ulong start, ulong readOnlyDataStart, ulong dataStart, ulong end, ulong bootDataEnd)
    {
        Start = start;
        ReadOnlyDataStart = readOnlyDataStart;
        DataStart = dataStart;
        End = end;
        BootDataEnd = bootDataEnd;
    }

    public ulong Start { get; }
    public ulong ReadOnlyDataStart { get; }
    public ulong DataStart { get; }
    public ulong End { get; }
    public ulong BootDataEnd { get; }
}
