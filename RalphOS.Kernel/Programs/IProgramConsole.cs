// IProgramConsole: where a program's console goes: the terminal of the BASIC session that
// SPAWNed it (BasicShell adapts its session console) or the kernel monitor's serial line
// (`run`). Closed means the terminal has gone: the program is stopped at its next call.
// Input: a program in the foreground (`run`: the monitor waits for it) reads the
// terminal; a SPAWNed one runs beside its session, which keeps its keyboard, so it has
// none (HasInput false; ReadLine gives end of input, as .NET's with stdin closed).
namespace RalphOS.Kernel.Programs;

internal interface IProgramConsole
{
    bool IsClosed { get; }

    bool HasInput { get; }

    void Write(string text);

    // A typed line, or false at the end of input (none, Ctrl-D, or a break: the caller
    // looks for the break).
    bool ReadLine(out string line);

    // Whether a key is waiting (never, without input).
    bool KeyAvailable { get; }

    // Waits until a key is waiting or milliseconds have passed (or a break); whether one is.
    bool WaitForKey(ulong milliseconds);

    // Waits for a key: its character, or -1 without input or on a break.
    int ReadKey();
}
