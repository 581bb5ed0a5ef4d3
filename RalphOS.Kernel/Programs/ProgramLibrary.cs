// ProgramLibrary: the programs the image carries: every programs/<name> of the build is
// packed as <name>.elf into the image's files segment (next to bas/*.bas) and stays in
// memory where stage 2 loaded it, so loading a program reads its ELF file in place. Names
// are matched without case, with or without ".elf". KernelMain calls Initialize; the
// loader, the boot log and `run` ask here.
using System.Collections.Generic;
using RalphOS.Kernel.Boot;

namespace RalphOS.Kernel.Programs;

internal static unsafe class ProgramLibrary
{
    public const string Extension = ".elf";

    private static BootInfo* _bootInfo;

    public static void Initialize(BootInfo* bootInfo)
    {
        _bootInfo = bootInfo;
    }

    // The program's ELF file in memory; false when the image carries no such program.
    public static bool TryFind(string name, out byte* file, out uint length, out string canonicalName)
    {
        file = null;
        length = 0;
        canonicalName = null;
        if (_bootInfo == null || name == null)
            return false;
        string wanted = name.Trim().ToLowerInvariant();
        if (wanted.EndsWith(Extension))
            wanted = wanted.Substring(0, wanted.Length - Extension.Length);
        if (wanted.Length == 0)
            return false;
        foreach (EmbeddedFile entry in EmbeddedFiles.Entries(_bootInfo))
        {
            string entryName = entry.Name.ToLowerInvariant();
            if (entryName == string.Concat(wanted, Extension))
            {
                file = entry.Data;
                length = entry.Length;
                canonicalName = wanted;
                return true;
            }
        }
        return false;
    }

    // The names of the embedded programs, for the boot log.
    public static List<string> Names()
    {
        var names = new List<string>();
        if (_bootInfo == null)
            return names;
        foreach (EmbeddedFile entry in EmbeddedFiles.Entries(_bootInfo))
        {
            if (entry.Name.ToLowerInvariant().EndsWith(Extension))
                names.Add(entry.Name.Substring(0, entry.Name.Length - Extension.Length));
        }
        return names;
    }
}
