// KernelApi: the kernel's side of the API table (programs/Sdk/KernelApiTable.cs): one
// [UnmanagedCallersOnly] function per entry, running on the calling program's task and
// stack. Each finds the program from the current task, checks what it is given (pointers
// inside mapped memory, lengths bounded) and never throws into the program. A break
// (`break ID`, Ctrl-C in `run`) or a terminal that has gone ends the program at its next
// call, as a sleep or a yield; a cooperative program that never calls the kernel cannot be
// stopped. End records the exit code and ends the task (the scheduler reaps its memory).
using System.Runtime.InteropServices;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;
using RalphOS.Programs.Abi;

namespace RalphOS.Kernel.Programs;

internal static unsafe partial class KernelApi
{
    // Exit codes the kernel gives a program that did not choose one (as shells report a
    // process ended by SIGINT).
    public const int BreakExitCode = 130;
    private const int MaxPrintLength = 64 * 1024;
    private const ulong LowestValidAddress = 0x1000; // page 0 is unmapped

    public static void Fill(KernelApiTable* table)
    {
        table->Version = KernelApiTable.CurrentVersion;
        table->Size = (uint)sizeof(KernelApiTable);
        table->Print = &Print;
        table->Yield = &Yield;
        table->Sleep = &Sleep;
        table->Exit = &Exit;
        table->Allocate = &Allocate;
        table->Free = &Free;
        table->Milliseconds = &Milliseconds;
        table->ReadLine = &ReadLine;
        table->SymbolAt = &SymbolAt;
        FillSystem(&table->System);
        FillSockets(&table->Sockets);
    }

    private static LoadedProgram Current => Scheduler.Current.Resources as LoadedProgram;

    // Ends the running program with an exit code; never returns.
    public static void End(LoadedProgram program, int exitCode, string reason)
    {
        program.HasExitCode = true;
        program.ExitCode = exitCode;
        if (exitCode != 0 && !program.Console.IsClosed)
            program.Console.Write($"[{program.Name} (id {program.TaskId}) exited with code {exitCode}]\n");
        Scheduler.Exit(reason);
    }

    private static void StopOnBreak(LoadedProgram program)
    {
        KernelTask task = Scheduler.Current;
        if (task.BreakRequested || program.Console.IsClosed)
        {
            task.BreakRequested = false;
            End(program, BreakExitCode, "stopped by a break");
        }
    }

    private static bool IsMapped(void* pointer, long bytes) =>
        (ulong)pointer >= LowestValidAddress && bytes >= 0 && (ulong)pointer + (ulong)bytes <= Backtrace.MappedLimit;

    [UnmanagedCallersOnly]
    private static void Print(char* text, int length)
    {
        LoadedProgram program = Current;
        if (length > 0 && IsMapped(text, (long)length * sizeof(char)))
        {
            if (length > MaxPrintLength)
                length = MaxPrintLength;
            if (program.FirstOutputMicroseconds == 0)
                program.FirstOutputMicroseconds = Clock.ReadPreciseMicroseconds();
            if (!program.Console.IsClosed)
                program.Console.Write(new string(text, 0, length));
        }
        StopOnBreak(program);
    }

    [UnmanagedCallersOnly]
    private static void Yield()
    {
        Scheduler.Yield();
        StopOnBreak(Current);
    }

    [UnmanagedCallersOnly]
    private static int Sleep(ulong milliseconds)
    {
        Scheduler.Sleep(milliseconds);
        StopOnBreak(Current);
        return 0;
    }

    [UnmanagedCallersOnly]
    private static void Exit(int exitCode) => End(Current, exitCode, "exit");

    [UnmanagedCallersOnly]
    private static void* Allocate(nuint size) => Current.Allocate(size);

    [UnmanagedCallersOnly]
    private static int Free(void* memory) => Current.Free(memory);

    [UnmanagedCallersOnly]
    private static ulong Milliseconds() => Clock.Milliseconds;

    [UnmanagedCallersOnly]
    private static int ReadLine(char* buffer, int capacity)
    {
        LoadedProgram program = Current;
        if (capacity <= 0 || !IsMapped(buffer, (long)capacity * sizeof(char)))
            return -1;
        bool got = program.Console.ReadLine(out string line);
        StopOnBreak(program);
        if (!got || line == null)
            return -1;
        int length = line.Length < capacity ? line.Length : capacity;
        for (int i = 0; i < length; i++)
            buffer[i] = line[i];
        return length;
    }

    [UnmanagedCallersOnly]
    private static int SymbolAt(ulong address, char* buffer, int capacity, ulong* start)
    {
        if (capacity <= 0 || !IsMapped(buffer, (long)capacity * sizeof(char)) || !IsMapped(start, sizeof(ulong)))
            return -1;
        string name = Current.SymbolAt(address, out ulong symbolStart);
        if (name == null)
            return -1;
        int length = name.Length < capacity ? name.Length : capacity;
        for (int i = 0; i < length; i++)
            buffer[i] = name[i];
        *start = symbolStart;
        return length;
    }
}
