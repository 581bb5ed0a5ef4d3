// KernelUnwindData: the linked kernel (build/kernel.elf) loaded for the unwind-data tests:
// its LOAD segments copied into native memory in their run-time layout, so the readers
// work on the real bytes; RuntimeBase converts between run-time addresses and that copy
// (as EhFrameReader's runtimeBase parameter expects), Symbol finds an address by name.
using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using RalphOS.Boot;

namespace RalphOS.Plugs.Tests.ExceptionHandling;

internal sealed unsafe class KernelUnwindData
{
    private static readonly Lazy<KernelUnwindData> Shared = new(() => new KernelUnwindData());

    public static KernelUnwindData Instance => Shared.Value;

    public ElfFile Elf { get; }
    public byte* Image { get; }
    public long RuntimeBase { get; }
    public byte* EhFrameStart { get; }
    public byte* EhFrameEnd { get; }

    private KernelUnwindData()
    {
        string path = Path.Combine(RepositoryRoot(), "build", "kernel.elf");
        if (!File.Exists(path))
            throw new InvalidOperationException($"{path} is missing: build first (./run.sh build)");
        byte[] bytes = File.ReadAllBytes(path);
        Elf = ElfReader.Read(bytes, path);
        var loads = Elf.ProgramHeaders.Where(p => p.IsLoad).ToList();
        ulong low = loads.Min(p => p.VirtualAddress);
        ulong high = loads.Max(p => p.VirtualAddress + p.MemorySize);
        Image = (byte*)NativeMemory.AllocZeroed((nuint)(high - low));
        foreach (ElfProgramHeader load in loads)
            Marshal.Copy(bytes, (int)load.FileOffset, (nint)(Image + (load.VirtualAddress - low)), (int)load.FileSize);
        RuntimeBase = (long)low - (long)Image;
        EhFrameStart = Local(Symbol("__eh_frame_start"));
        EhFrameEnd = Local(Symbol("__eh_frame_end"));
    }

    public byte* Local(ulong runtimeAddress) => (byte*)((long)runtimeAddress - RuntimeBase);

    public ulong Runtime(void* local) => (ulong)((long)local + RuntimeBase);

    public ulong Symbol(string name) => Elf.Symbols.First(s => s.Name == name).Address;

    // A type's MethodTable (ILC names it _ZTV<length><type>; the same type may also have a
    // __writableData<type> symbol, as soon as anything takes its type handle).
    public ulong MethodTableEndingWith(string suffix) =>
        Elf.Symbols.First(s => s.Name.StartsWith("_ZTV", StringComparison.Ordinal) && s.Name.EndsWith(suffix, StringComparison.Ordinal)).Address;

    private static string RepositoryRoot()
    {
        string directory = AppContext.BaseDirectory;
        while (directory != null && !File.Exists(Path.Combine(directory, "RalphOS.sln")))
            directory = Path.GetDirectoryName(directory);
        return directory ?? throw new InvalidOperationException("RalphOS.sln not found above the test assembly");
    }
}
