// BootReport: the boot log lines that describe the machine and the loaded image: memory
// from the E820 map, where the kernel sits and whether its checksum matched, the symbol
// table and the heap.
using Internal.Runtime;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Memory;

namespace RalphOS.Kernel.Boot;

internal static unsafe class BootReport
{
    private const ulong KiB = 1024;
    private const ulong MiB = 1024 * 1024;

    public static void Print(BootInfo* bootInfo, ImageCheck image)
    {
        KernelLog.Info("boot", string.Concat("drive 0x", Hex(bootInfo->BootDrive), ", A20 ", A20Name(bootInfo->A20Method),
            ", video mode 0x", Hex(bootInfo->VideoMode)));
        ulong usable = PhysicalMemory.UsableBytes;
        KernelLog.Info("memory", string.Concat(string.Concat((usable / MiB).ToString(), " MiB usable (", (usable / KiB).ToString(), " KiB) in "),
            string.Concat(bootInfo->E820Count.ToString(), " E820 ranges; identity-mapped ", (bootInfo->MappedBytes / MiB).ToString(), " MiB")));
        if (image.HeaderFound)
        {
            KernelLog.Info("kernel", string.Concat(string.Concat("loaded at 0x", Hex(image.LoadAddress), ", image ", (image.FileSize / KiB).ToString()),
                string.Concat(" KiB, in memory ", (image.MemorySize / KiB).ToString(), " KiB, checksum ", image.CrcMatches ? "ok" : "MISMATCH")));
            if (!image.CrcMatches)
                KernelLog.Error("kernel", "the loaded image differs from the one on disk; expect trouble");
        }
        if (KernelCommandLine.Text.Length > 0)
            KernelLog.Info("boot", string.Concat("command line: ", KernelCommandLine.Text));
        KernelLog.Info("symbols", string.Concat(SymbolTable.Count.ToString(), " symbols loaded for backtraces"));
        KernelLog.Info("heap", string.Concat((ManagedHeap.BytesTotal / MiB).ToString(), " MiB managed heap"));
    }

    private static string A20Name(uint method) => method switch
    {
        1 => "was already on",
        2 => "on via port 0x92",
        3 => "on via keyboard controller",
        4 => "on via BIOS",
        _ => "state unknown",
    };

    private static string Hex(ulong value) => value.ToString("X");
}
