// ProgramPlatform: points the core library's platform seams at the kernel API, so a
// program's DateTime.UtcNow/Now, Stopwatch, Environment.TickCount64, GetCommandLineArgs
// and Exit behave as in the kernel and on .NET: the wall clock and the microsecond
// counter come from the API's system group, the command line from the start info, Exit
// from the API's Exit. ProgramRuntime.Start calls Install before Main.
using Internal.Runtime;

namespace RalphOS.Programs;

internal static unsafe class ProgramPlatform
{
    private const long MicrosecondsPerSecond = 1_000_000;

    public static void Install()
    {
        PlatformClock.TimestampFrequency = MicrosecondsPerSecond;
        PlatformClock.ReadTimestamp = &ReadTimestamp;
        PlatformClock.ReadUtcTicks = &ReadUtcTicks;
        PlatformProcess.ReadCommandLine = &ReadCommandLine;
        PlatformProcess.Exit = &Exit;
    }

    private static long ReadTimestamp() => (long)ProgramRuntime.Api->System.Microseconds();

    private static long ReadUtcTicks() => ProgramRuntime.Api->System.UtcTicks();

    private static string[] ReadCommandLine() => ProgramRuntime.CommandLine;

    private static void Exit(int exitCode) => ProgramRuntime.Exit(exitCode);
}
