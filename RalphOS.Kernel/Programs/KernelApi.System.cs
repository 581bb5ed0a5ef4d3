// KernelApi.System: the kernel's side of the API's system group (programs/Sdk/
// KernelSystemCalls.cs): wall clock, keys, files, tasks and memory for programs.
// KernelApi.Fill calls FillSystem. As every API function: checks each pointer and length
// the program passes (IsMapped), never throws into the program, and stops the program at
// a break (reads wait on the scheduler; files wait on the disk gate and the drive).
using System;
using System.Runtime.InteropServices;
using Internal.Runtime;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;
using RalphOS.Programs.Abi;

namespace RalphOS.Kernel.Programs;

internal static unsafe partial class KernelApi
{
    private static void FillSystem(KernelSystemCalls* calls)
    {
        calls->UtcTicks = &UtcTicks;
        calls->Microseconds = &Microseconds;
        calls->KeyAvailable = &KeyAvailable;
        calls->ReadKey = &ReadKey;
        calls->PathKind = &PathKind;
        calls->ReadFile = &ReadFile;
        calls->WriteFile = &WriteFile;
        calls->DeleteFile = &DeleteFile;
        calls->CreateDirectory = &CreateDirectory;
        calls->ListDirectory = &ListDirectory;
        calls->ListTasks = &ListTasks;
        calls->MemoryStatus = &MemoryStatus;
        calls->CurrentTaskId = &CurrentTaskId;
        calls->WaitForKey = &WaitForKey;
    }

    // The kernel's wall clock (WallTime fills the same seam for the kernel).
    [UnmanagedCallersOnly]
    private static long UtcTicks() => PlatformClock.UtcTicks;

    [UnmanagedCallersOnly]
    private static ulong Microseconds() => Clock.PreciseMicroseconds;

    [UnmanagedCallersOnly]
    private static int KeyAvailable()
    {
        LoadedProgram program = Current;
        StopOnBreak(program);
        if (!program.Console.HasInput)
            return -1;
        return program.Console.KeyAvailable ? 1 : 0;
    }

    [UnmanagedCallersOnly]
    private static int WaitForKey(ulong milliseconds)
    {
        LoadedProgram program = Current;
        if (!program.Console.HasInput)
            return -1;
        bool waiting = program.Console.WaitForKey(milliseconds);
        StopOnBreak(program);
        return waiting ? 1 : 0;
    }

    [UnmanagedCallersOnly]
    private static int ReadKey()
    {
        LoadedProgram program = Current;
        int key = program.Console.ReadKey();
        StopOnBreak(program);
        return key;
    }

    [UnmanagedCallersOnly]
    private static int PathKind(char* path, int pathLength, long* size)
    {
        if (!IsMapped(size, sizeof(long)) || !TryPath(path, pathLength, out string name))
            return KernelFileStatus.BadArgument;
        int kind = ProgramFiles.Kind(name, out long length);
        *size = length;
        StopOnBreak(Current);
        return kind;
    }

    [UnmanagedCallersOnly]
    private static int ReadFile(char* path, int pathLength, byte* buffer, int capacity)
    {
        if (capacity < 0 || (capacity > 0 && !IsMapped(buffer, capacity)) || !TryPath(path, pathLength, out string name))
            return KernelFileStatus.BadArgument;
        int status = ProgramFiles.Read(name, out byte[] data);
        StopOnBreak(Current);
        if (status != KernelFileStatus.Ok)
            return status;
        int copied = data.Length < capacity ? data.Length : capacity;
        for (int i = 0; i < copied; i++)
            buffer[i] = data[i];
        return data.Length;
    }

    [UnmanagedCallersOnly]
    private static int WriteFile(char* path, int pathLength, byte* data, int length, int append)
    {
        if (length < 0 || (length > 0 && !IsMapped(data, length)) || !TryPath(path, pathLength, out string name))
            return KernelFileStatus.BadArgument;
        int status = ProgramFiles.Write(name, new ReadOnlySpan<byte>(data, length), append != 0);
        StopOnBreak(Current);
        return status;
    }

    [UnmanagedCallersOnly]
    private static int DeleteFile(char* path, int pathLength)
    {
        if (!TryPath(path, pathLength, out string name))
            return KernelFileStatus.BadArgument;
        int status = ProgramFiles.Delete(name);
        StopOnBreak(Current);
        return status;
    }

    [UnmanagedCallersOnly]
    private static int CreateDirectory(char* path, int pathLength)
    {
        if (!TryPath(path, pathLength, out string name))
            return KernelFileStatus.BadArgument;
        int status = ProgramFiles.CreateDirectory(name);
        StopOnBreak(Current);
        return status;
    }

    [UnmanagedCallersOnly]
    private static int ListDirectory(char* path, int pathLength, char* buffer, int capacity)
    {
        if (capacity < 0 || (capacity > 0 && !IsMapped(buffer, (long)capacity * sizeof(char))) || !TryPath(path, pathLength, out string name))
            return KernelFileStatus.BadArgument;
        int status = ProgramFiles.List(name, out string names);
        StopOnBreak(Current);
        if (status != KernelFileStatus.Ok)
            return status;
        int copied = names.Length < capacity ? names.Length : capacity;
        for (int i = 0; i < copied; i++)
            buffer[i] = names[i];
        return names.Length;
    }

    [UnmanagedCallersOnly]
    private static int ListTasks(KernelTaskInfo* tasks, int capacity)
    {
        if (capacity < 0 || (capacity > 0 && !IsMapped(tasks, (long)capacity * sizeof(KernelTaskInfo))))
            return -1;
        ulong cyclesPerMs = Clock.TimestampCyclesPerMillisecond;
        int count = 0;
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
        {
            if (task.State == TaskState.Finished)
                continue;
            if (count < capacity)
                Describe(task, cyclesPerMs, &tasks[count]);
            count++;
        }
        StopOnBreak(Current);
        return count;
    }

    private static void Describe(KernelTask task, ulong cyclesPerMs, KernelTaskInfo* info)
    {
        info->Id = task.Id;
        info->State = (int)task.State;
        info->IsProgram = task.Resources is LoadedProgram ? 1 : 0;
        info->CpuMicroseconds = cyclesPerMs == 0 ? 0 : task.CpuCycles * 1000 / cyclesPerMs;
        ulong stack = task.Stack == null ? 0 : task.StackTop - task.StackBottom;
        info->MemoryBytes = ManagedHeap.BytesOwnedBy((uint)task.Id) + ProgramTasks.BytesOwnedBy(task) + stack;
        string name = task.Name ?? "";
        int length = name.Length < KernelTaskInfo.NameCapacity ? name.Length : KernelTaskInfo.NameCapacity;
        for (int i = 0; i < length; i++)
            info->Name[i] = name[i];
        info->NameLength = length;
    }

    [UnmanagedCallersOnly]
    private static void MemoryStatus(KernelMemoryInfo* memory)
    {
        LoadedProgram program = Current;
        if (IsMapped(memory, sizeof(KernelMemoryInfo)))
        {
            memory->HeapTotalBytes = ManagedHeap.BytesTotal;
            memory->HeapUsedBytes = ManagedHeap.BytesUsed;
            memory->ProgramBytes = program.BytesOwned;
            memory->UptimeMilliseconds = Clock.Milliseconds;
        }
        StopOnBreak(program);
    }

    [UnmanagedCallersOnly]
    private static int CurrentTaskId() => Scheduler.Current.Id;

    // A path the program passed: mapped, not empty, at most MaxPathLength characters.
    private static bool TryPath(char* path, int length, out string text)
    {
        text = null;
        if (length <= 0 || length > ProgramFiles.MaxPathLength || !IsMapped(path, (long)length * sizeof(char)))
            return false;
        text = new string(path, 0, length);
        return true;
    }
}
