// KernelApiTable: the contract between the kernel and a program, shared as source by both
// sides (the kernel compiles this file in; so does every program, through the SDK). The
// kernel passes a pointer to one table to the program's entry point
// (ralph_program_main(KernelApiTable*, ProgramStartInfo*)); the program calls the kernel
// only through it. Functions use the C calling convention and never throw. Version grows
// when functions are added at the end; a program records the version it was built for in
// its ELF note (program_note.asm) and the kernel refuses one newer than its own.
// Version 1 has the seed's API v4 functions except its sockets (print, yield, sleep, exit,
// alloc/free), plus a clock, console input and symbol lookup for stack traces.
// Version 2 adds two groups of calls, each a struct of its own in its own file so each
// group reads in one place: System (wall clock, keys, files, tasks and memory;
// KernelSystemCalls.cs) and Sockets (the seed's non-blocking sockets, fixed;
// KernelSocketCalls.cs).
namespace RalphOS.Programs.Abi;

public unsafe struct KernelApiTable
{
    public const uint CurrentVersion = 2;

    // The version of this table: the functions below exist for every version >= 1.
    public uint Version;
    public uint Size;
    // Writes UTF-16 text to the console of the session that started the program.
    public delegate* unmanaged<char*, int, void> Print;
    public delegate* unmanaged<void> Yield;
    // Sleeps; returns 0, or 1 when a break (Ctrl-C, `break ID`) cut it short.
    public delegate* unmanaged<ulong, int> Sleep;
    // Ends the program with an exit code; never returns.
    public delegate* unmanaged<int, void> Exit;
    // Memory owned by the program (zeroed, 16-byte aligned), returned when it ends; null
    // when there is none. Free returns 0, or -1 for a block the program does not own.
    public delegate* unmanaged<nuint, void*> Allocate;
    public delegate* unmanaged<void*, int> Free;
    // Milliseconds since boot.
    public delegate* unmanaged<ulong> Milliseconds;
    // Reads a line typed at the program's console into buffer (without the line end);
    // returns its length, or -1 when there is no input (a spawned program has none).
    public delegate* unmanaged<char*, int, int> ReadLine;
    // The name of the program's symbol containing address, copied into buffer; its length,
    // or -1 for none; *start gets where the symbol begins.
    public delegate* unmanaged<ulong, char*, int, ulong*, int> SymbolAt;

    // Version 2.
    public KernelSystemCalls System;
    public KernelSocketCalls Sockets;
}
