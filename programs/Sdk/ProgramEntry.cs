// ProgramEntry: the entry point of every program (the ELF's e_entry, program.ld's ENTRY),
// called by the kernel's program task as ralph_program_main(api, start). ProgramRuntime
// starts the program's own runtime; then __managed__Main, the start-up code the compiler
// emits for the assembly's entry point, calls the program's `static int Main(string[] args)`
// (any accessibility, as in .NET) with the arguments it gets from StartupCodeHelpers.
using System.Runtime.InteropServices;
using Internal.Runtime.CompilerHelpers;
using RalphOS.Programs.Abi;

namespace RalphOS.Programs;

internal static unsafe class ProgramEntry
{
    [UnmanagedCallersOnly(EntryPoint = "ralph_program_main")]
    private static int Start(KernelApiTable* api, ProgramStartInfo* start)
    {
        StartupCodeHelpers.MainArguments = ProgramRuntime.Start(api, start);
        return ManagedMain(0, null);
    }

    [DllImport("*", EntryPoint = "__managed__Main")]
    private static extern int ManagedMain(int argc, byte** argv);
}
