// PlatformProcess: the seam through which the core library's Environment reaches the
// process it runs in, without depending on it: a C# program's runtime
// (programs/Sdk/ProgramPlatform) fills it with its command line and its exit; the kernel
// leaves it empty (it has no command line, and it never exits).
namespace Internal.Runtime;

public static unsafe class PlatformProcess
{
    // The command line, the program's name first.
    public static delegate*<string[]> ReadCommandLine;

    // Ends the process with an exit code; never returns.
    public static delegate*<int, void> Exit;
}
