// TerminalProgramConsole: the console of a program the monitor's `run` started: the serial
// terminal (Terminal). The program is in the foreground, so it reads the terminal: lines
// are edited and echoed as at the monitor's prompt (LineEditor), Ctrl-D on an empty line
// is the end of input, and a read waits on the serial input's wait queue (no CPU). Ctrl-C
// reaches the monitor, which passes the break on; the read returns and the program stops.
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Drivers.Serial;
using RalphOS.Kernel.Programs;
using RalphOS.Kernel.Sessions;
using RalphOS.Kernel.Time;

namespace RalphOS.Kernel.Console;

internal sealed class TerminalProgramConsole : IProgramConsole
{
    private const byte EndOfInput = 0x04;   // Ctrl-D, as on a Unix terminal
    private const byte LineFeed = 0x0A;

    private readonly LineEditor _editor = new LineEditor(Terminal.Write);
    private bool _readAnything;

    public bool IsClosed => false;

    public bool HasInput => SerialInput.IsStarted;

    public void Write(string text) => Terminal.Write(text);

    public bool ReadLine(out string line)
    {
        line = null;
        if (!HasInput)
            return false;
        _editor.Clear();
        for (;;)
        {
            if (!SerialInput.ReadByte(out byte value))
                return false;
            // A terminal that ends lines with CR LF: the LF of `run`'s own line is no empty line.
            bool first = !_readAnything;
            _readAnything = true;
            if (first && value == LineFeed)
                continue;
            if (value == EndOfInput && _editor.Length == 0)
                return false;
            line = _editor.Feed(value);
            if (line != null)
                return true;
        }
    }

    public bool KeyAvailable => HasInput && SerialInput.HasData;

    public bool WaitForKey(ulong milliseconds) => HasInput && SerialInput.WaitForData(Clock.Milliseconds + milliseconds);

    public int ReadKey()
    {
        if (!HasInput || !SerialInput.ReadByte(out byte value))
            return -1;
        _readAnything = true;
        return value;
    }
}
