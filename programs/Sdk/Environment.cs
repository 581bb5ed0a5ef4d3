// Environment: the program's command line, its end and the clock, with .NET's shape.
// Exit ends the program at once with the exit code (the kernel keeps it and shows it);
// TickCount64 counts milliseconds since the machine booted.
using RalphOS.Programs;

namespace System;

public static class Environment
{
    public static string NewLine => "\n";

    // The program's name first, then its arguments.
    public static string[] GetCommandLineArgs()
    {
        string[] commandLine = ProgramRuntime.CommandLine;
        var copy = new string[commandLine.Length];
        for (int i = 0; i < copy.Length; i++)
            copy[i] = commandLine[i];
        return copy;
    }

    public static void Exit(int exitCode) => ProgramRuntime.Exit(exitCode);

    public static unsafe long TickCount64 => (long)ProgramRuntime.Api->Milliseconds();

    public static int TickCount => (int)TickCount64;

    // The version of the kernel API table the program runs against.
    public static unsafe int KernelApiVersion => (int)ProgramRuntime.Api->Version;
}
