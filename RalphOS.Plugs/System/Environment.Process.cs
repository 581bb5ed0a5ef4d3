// Environment's process members, as .NET's: GetCommandLineArgs (the program's name first,
// then its arguments) and Exit. They go through the platform seam
// (Internal.Runtime.PlatformProcess) a program's runtime fills; in the kernel, which has
// no command line and never exits, the first is empty and the second is not supported.
using Internal.Runtime;

namespace System;

public static unsafe partial class Environment
{
    public static string[] GetCommandLineArgs()
    {
        if (PlatformProcess.ReadCommandLine == null)
            return new string[0];
        string[] commandLine = PlatformProcess.ReadCommandLine();
        var copy = new string[commandLine.Length];
        for (int i = 0; i < copy.Length; i++)
            copy[i] = commandLine[i];
        return copy;
    }

    public static void Exit(int exitCode)
    {
        if (PlatformProcess.Exit == null)
            throw new PlatformNotSupportedException("Environment.Exit: the kernel does not exit");
        PlatformProcess.Exit(exitCode);
    }
}
