// StartupCodeHelpers: what the compiler's start-up code for an executable calls before and
// around Main (ILC emits __managed__Main for an assembly with an entry point, i.e. a Ralph
// OS program; the kernel is a library and never uses this). The program SDK
// (programs/Sdk/ProgramRuntime.cs) starts the runtime, stores Main's arguments in
// MainArguments, and then calls __managed__Main, which asks for them here.
namespace Internal.Runtime.CompilerHelpers;

public static unsafe class StartupCodeHelpers
{
    // Main's arguments (without the program's name), set before __managed__Main runs.
    public static string[] MainArguments;

    // The command line arrives through the kernel API instead (ProgramStartInfo).
    internal static void InitializeCommandLineArgs(int argc, sbyte** argv)
    {
    }

    internal static string[] GetMainMethodArguments() => MainArguments ?? new string[0];
}
