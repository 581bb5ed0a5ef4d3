// ProgramLoader: turns an embedded program's ELF file into a LoadedProgram ready to run:
// checks it (ElfImage: a malformed file is refused with the reader's message), refuses a
// program built for a newer kernel API than this kernel's, places it in memory from the
// kernel heap (ElfLoader: segments, .bss, relocations for wherever the block landed),
// reads its symbols and the fault entry of its runtime, and builds its start block: the
// API table (its own copy), the start info and the argument strings. Every failure is a
// message and nothing kept. ProgramTasks.Start calls Load.
using System;
using Internal.Runtime;
using RalphOS.Kernel.Programs.Elf;
using RalphOS.Programs.Abi;

namespace RalphOS.Kernel.Programs;

internal static unsafe class ProgramLoader
{
    private const nuint ImageAlignment = 4096;
    private const string FaultThrowSymbol = "ralph_throw_from_fault";

    // The loaded program, or null with the reason in error.
    public static LoadedProgram Load(string name, byte* file, uint length, string[] arguments, out string error)
    {
        var fileBytes = new ReadOnlySpan<byte>(file, (int)length);
        ElfImage image = ElfImage.Parse(fileBytes, out string problem);
        if (image == null)
        {
            error = $"{name}: not a valid program: {problem}";
            return null;
        }
        if (image.ApiVersion == 0)
        {
            error = $"{name}: not a Ralph OS program (its ELF file has no API-version note)";
            return null;
        }
        if (image.ApiVersion > KernelApiTable.CurrentVersion)
        {
            error = $"{name}: built for kernel API version {image.ApiVersion}, but this kernel has version {KernelApiTable.CurrentVersion}; rebuild the program against this kernel's SDK";
            return null;
        }
        byte* memory = ManagedHeap.AllocateNative((nuint)image.ImageSize, ImageAlignment);
        if (memory == null)
        {
            error = $"{name}: no memory for its image ({image.ImageSize / 1024} KiB)";
            return null;
        }
        ElfLoader.Place(fileBytes, image, new Span<byte>(memory, (int)image.ImageSize), (ulong)memory);
        var program = new LoadedProgram
        {
            Name = name,
            File = file,
            FileLength = length,
            Image = memory,
            ImageSize = image.ImageSize,
            Entry = (ulong)memory + image.Entry,
            Symbols = ElfSymbolTable.Read(fileBytes),
        };
        if (program.Symbols.TryFindAddress(fileBytes, FaultThrowSymbol, out ulong faultEntry))
            program.FaultThrowEntry = (ulong)memory + faultEntry;
        program.StartBlock = BuildStartBlock(name, arguments);
        if (program.StartBlock == null)
        {
            ManagedHeap.FreeNative(memory);
            error = $"{name}: no memory for its arguments";
            return null;
        }
        error = null;
        return program;
    }

    // One block: the API table, the start info, the argument pointers (name first), the
    // NUL-terminated argument strings (characters above 0xFF become '?').
    private static byte* BuildStartBlock(string name, string[] arguments)
    {
        int count = arguments.Length + 1;
        nuint size = (nuint)(sizeof(KernelApiTable) + sizeof(ProgramStartInfo) + count * sizeof(byte*));
        for (int i = 0; i < count; i++)
            size += (nuint)(ArgumentAt(name, arguments, i).Length + 1);
        byte* block = ManagedHeap.AllocateNative(size);
        if (block == null)
            return null;
        KernelApi.Fill((KernelApiTable*)block);
        var start = (ProgramStartInfo*)(block + sizeof(KernelApiTable));
        byte** pointers = (byte**)(start + 1);
        byte* text = (byte*)(pointers + count);
        start->ArgumentCount = count;
        start->Arguments = pointers;
        for (int i = 0; i < count; i++)
        {
            string argument = ArgumentAt(name, arguments, i);
            pointers[i] = text;
            for (int k = 0; k < argument.Length; k++)
                *text++ = argument[k] <= 0xFF ? (byte)argument[k] : (byte)'?';
            *text++ = 0;
        }
        return block;
    }

    private static string ArgumentAt(string name, string[] arguments, int index) =>
        (index == 0 ? name : arguments[index - 1]) ?? "";
}
