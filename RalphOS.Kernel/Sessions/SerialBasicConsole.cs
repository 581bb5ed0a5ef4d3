// SerialBasicConsole: a BASIC session's terminal on the serial port (BasicSession makes
// one). Lines are edited with LineEditor (echo, Backspace, Ctrl-U); Ctrl-C arrives as the
// console task's break request: PollBreak reports it once to the running program, and
// INPUT waiting for a line gives up so the program can stop.
using RalphOS.Basic.Host;
using RalphOS.Kernel.BasicShell;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Drivers.Serial;
using RalphOS.Kernel.Tasks;

namespace RalphOS.Kernel.Sessions;

internal sealed class SerialBasicConsole : ISessionConsole
{
    private readonly LineEditor _editor = new LineEditor(Terminal.Write);

    // The serial port stays; programs spawned from a session that ended keep printing there.
    public bool IsClosed => false;

    public void Write(string text) => Terminal.Write(text);

    // A line typed while a program runs (INPUT). On Ctrl-C it returns an empty line and
    // leaves the break pending, so the interpreter's next PollBreak stops the program.
    public bool ReadLine(out string line)
    {
        line = ReadEditedLine(stopOnBreak: true);
        line ??= "";
        return true;
    }

    // A line at the REPL prompt: Ctrl-C abandons what was typed and starts a fresh line.
    public string ReadPromptLine() => ReadEditedLine(stopOnBreak: false);

    public string ReadKey() => SerialInput.TryRead(out byte key) ? new string((char)key, 1) : "";

    public bool PollBreak()
    {
        KernelTask self = Scheduler.Current;
        if (!self.BreakRequested)
            return false;
        self.BreakRequested = false;
        return true;
    }

    private string ReadEditedLine(bool stopOnBreak)
    {
        for (;;)
        {
            if (!SerialInput.ReadByte(out byte value))
            {
                _editor.Clear();
                Terminal.WriteLine("^C");
                if (stopOnBreak)
                    return null;
                Scheduler.Current.BreakRequested = false;
                continue;
            }
            string line = _editor.Feed(value);
            if (line != null)
                return line;
        }
    }
}
