// LoadedProgram: one running program and everything it owns: its image (the placed ELF),
// its start block (API table, start info, arguments), the memory it asked for through the
// API (its managed heap, mostly), its console, its symbols and, once known, its exit code.
// All of it is native kernel-heap memory the collector never touches; Release returns
// every block when the scheduler reaps the task, however the program ended, closes the
// sockets it still holds (ProgramSockets), and records the end in ProgramExits. ProgramLoader builds it; KernelApi and ProgramTasks use it.
using System;
using System.Collections.Generic;
using Internal.Runtime;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Programs.Elf;
using RalphOS.Kernel.Tasks;

namespace RalphOS.Kernel.Programs;

internal sealed unsafe class LoadedProgram : ITaskResources
{
    // What one program may take through the API's Allocate, all blocks together.
    public const ulong MaxAllocatedBytes = 64UL * 1024 * 1024;

    private readonly List<nint> _blocks = new List<nint>();
    private readonly List<nuint> _blockSizes = new List<nuint>();

    public string Name;
    public int TaskId = -1;
    public IProgramConsole Console;
    public byte* File;
    public uint FileLength;
    public ElfSymbolTable Symbols;
    public byte* Image;
    public ulong ImageSize;
    public ulong Entry;                  // absolute
    public ulong FaultThrowEntry;        // absolute; 0 when the program has no runtime of ours
    public byte* StartBlock;
    public ulong AllocatedBytes;
    // When Start was called and when the program first printed (precise clock, µs): the
    // SPAWN-to-first-output latency `run` reports.
    public ulong StartedMicroseconds;
    public ulong FirstOutputMicroseconds;
    public bool HasExitCode;
    public int ExitCode;
    // Its TCP sockets (KernelApi.Sockets), closed when it ends.
    public readonly ProgramSockets Sockets = new ProgramSockets();

    public ReadOnlySpan<byte> FileBytes => new ReadOnlySpan<byte>(File, (int)FileLength);

    // Bytes of kernel memory the program holds: image, start block and its allocations.
    public ulong BytesOwned => ImageSize + AllocatedBytes;

    public bool ContainsCode(ulong address) => address >= (ulong)Image && address < (ulong)Image + ImageSize;

    public void* Allocate(nuint size)
    {
        if (size == 0 || AllocatedBytes + size > MaxAllocatedBytes)
            return null;
        byte* memory = ManagedHeap.AllocateNative(size);
        if (memory == null)
            return null;
        _blocks.Add((nint)memory);
        _blockSizes.Add(size);
        AllocatedBytes += size;
        return memory;
    }

    // 0, or -1 when the block is not one of this program's.
    public int Free(void* memory)
    {
        int index = _blocks.IndexOf((nint)memory);
        if (index < 0)
            return -1;
        ManagedHeap.FreeNative(memory);
        AllocatedBytes -= _blockSizes[index];
        _blocks.RemoveAt(index);
        _blockSizes.RemoveAt(index);
        return 0;
    }

    // The name of the program's symbol containing an absolute address (null for none).
    public string SymbolAt(ulong address, out ulong start)
    {
        start = 0;
        if (Symbols == null || !ContainsCode(address))
            return null;
        string name = Symbols.Find(FileBytes, address - (ulong)Image, out ulong offset);
        start = (ulong)Image + offset;
        return name;
    }

    public bool OwnsCode(ulong address, out ulong faultThrowEntry)
    {
        faultThrowEntry = FaultThrowEntry;
        return ContainsCode(address);
    }

    public bool WriteSymbol(ulong address)
    {
        if (Symbols == null || !ContainsCode(address))
            return false;
        if (!Symbols.TryFind(FileBytes, address - (ulong)Image, out ulong start, out ReadOnlySpan<byte> name))
        {
            Terminal.Write(Name);
            Terminal.Write("!??");
            return true;
        }
        Terminal.Write(Name);
        Terminal.Write('!');
        for (int i = 0; i < name.Length; i++)
            Terminal.Write((char)name[i]);
        Terminal.Write('+');
        Terminal.WriteHex(address - (ulong)Image - start, 4);
        return true;
    }

    public bool TryGetImage(out ulong start, out ulong length)
    {
        start = (ulong)Image;
        length = ImageSize;
        return Image != null && ImageSize > 0;
    }

    public void Release(KernelTask task)
    {
        Sockets.CloseAll();
        FreeMemory();
        ProgramExits.Record(task.Id, Name, HasExitCode, ExitCode, task.ExitReason);
    }

    // Returns every block the program holds (also when its task could not be created).
    public void FreeMemory()
    {
        foreach (nint block in _blocks)
            ManagedHeap.FreeNative((void*)block);
        _blocks.Clear();
        _blockSizes.Clear();
        AllocatedBytes = 0;
        ManagedHeap.FreeNative(Image);
        Image = null;
        ImageSize = 0;
        ManagedHeap.FreeNative(StartBlock);
        StartBlock = null;
    }
}
