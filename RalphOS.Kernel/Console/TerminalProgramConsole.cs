// TerminalProgramConsole: the console of a program the monitor's `run` started: the serial
// terminal (Terminal); input is not passed to programs yet, so ReadLine has none.
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Programs;

namespace RalphOS.Kernel.Console;

internal sealed class TerminalProgramConsole : IProgramConsole
{
    public bool IsClosed => false;

    public void Write(string text) => Terminal.Write(text);

    public bool ReadLine(out string line)
    {
        line = null;
        return false;
    }
}
