// LineEditor: turns the bytes a terminal sends into lines, echoing as it goes: printable
// characters are appended, Backspace/DEL erase one, Ctrl-U erases the line, CR or LF ends
// it. Other control bytes are ignored. Pure logic over an output callback: no hardware.
// The terminals of the sessions (SerialBasicConsole, TelnetConsole) and the kernel
// monitor (Console/KernelConsole) each edit their lines with one.
using System;

namespace RalphOS.Kernel.Sessions;

internal sealed class LineEditor
{
    public const int MaxLineLength = 255;
    private const byte Backspace = 0x08;
    private const byte Delete = 0x7F;
    private const byte CtrlU = 0x15;
    private const byte CarriageReturn = 0x0D;
    private const byte LineFeed = 0x0A;

    private readonly char[] _buffer = new char[MaxLineLength];
    private readonly Action<string> _echo;
    private int _length;
    private bool _lastWasCarriageReturn;

    public LineEditor(Action<string> echo)
    {
        _echo = echo;
    }

    // Forgets the line being typed (after Ctrl-C).
    public void Clear() => _length = 0;

    // Characters in the line being typed.
    public int Length => _length;

    // Feeds one byte; returns the finished line when this byte ends one, else null.
    public string Feed(byte value)
    {
        if (value == CarriageReturn || value == LineFeed)
        {
            // CR LF from a terminal is one Enter, not two.
            bool isSecondHalfOfCrLf = value == LineFeed && _lastWasCarriageReturn;
            _lastWasCarriageReturn = value == CarriageReturn;
            if (isSecondHalfOfCrLf)
                return null;
            _echo("\n");
            string line = new string(_buffer, 0, _length);
            _length = 0;
            return line;
        }
        _lastWasCarriageReturn = false;
        if (value == Backspace || value == Delete)
        {
            if (_length > 0)
            {
                _length--;
                _echo("\b \b");
            }
        }
        else if (value == CtrlU)
        {
            while (_length > 0)
            {
                _length--;
                _echo("\b \b");
            }
        }
        else if (value >= 0x20 && value < 0x7F && _length < MaxLineLength)
        {
            _buffer[_length++] = (char)value;
            _echo(new string((char)value, 1));
        }
        return null;
    }
}
