// KernelLog: the boot and runtime log on the serial console, one line per event:
//   [info] memory: 63 MiB usable
// Levels let a reader (and the boot tests) tell progress from trouble.
namespace RalphOS.Kernel.Diagnostics;

internal enum LogLevel
{
    Debug,
    Info,
    Warning,
    Error,
}

internal static class KernelLog
{
    public static LogLevel MinimumLevel = LogLevel.Info;

    public static void Debug(string subsystem, string message) => Write(LogLevel.Debug, subsystem, message);
    public static void Info(string subsystem, string message) => Write(LogLevel.Info, subsystem, message);
    public static void Warning(string subsystem, string message) => Write(LogLevel.Warning, subsystem, message);
    public static void Error(string subsystem, string message) => Write(LogLevel.Error, subsystem, message);

    public static void Write(LogLevel level, string subsystem, string message)
    {
        if (level < MinimumLevel)
            return;
        Terminal.Write(LevelTag(level));
        Terminal.Write(subsystem);
        Terminal.Write(": ");
        Terminal.WriteLine(message);
    }

    private static string LevelTag(LogLevel level) => level switch
    {
        LogLevel.Debug => "[debug] ",
        LogLevel.Info => "[info] ",
        LogLevel.Warning => "[warn] ",
        _ => "[error] ",
    };
}
