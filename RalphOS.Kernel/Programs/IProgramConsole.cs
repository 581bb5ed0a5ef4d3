// IProgramConsole: where a program's console goes: the terminal of the BASIC session that
// SPAWNed it (BasicShell adapts its session console) or the kernel monitor's serial line
// (`run`). Closed means the terminal has gone: the program is stopped at its next call.
namespace RalphOS.Kernel.Programs;

internal interface IProgramConsole
{
    bool IsClosed { get; }

    void Write(string text);

    // A typed line, or false when the program has no input.
    bool ReadLine(out string line);
}
