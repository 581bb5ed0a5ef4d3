// The terminal a BASIC session talks to (serial console, telnet connection, host stdin/stdout
// or a test fake). The interpreter calls it; the host implements it.
namespace RalphOS.Basic.Host;

public interface IBasicConsole
{
    /// <summary>Writes text as is ("\n" ends a line; the host converts if it needs CRLF).</summary>
    void Write(string text);

    /// <summary>Blocks until a whole line is typed; false at end of input (EOF, hang-up). On
    /// Ctrl-C it returns at once (any line) and leaves the break pending for PollBreak.</summary>
    bool ReadLine(out string line);

    /// <summary>One key if one is waiting, else "" (never blocks). Used by INKEY$.</summary>
    string ReadKey();

    /// <summary>True once per Ctrl-C press; the interpreter polls it every few statements and
    /// right after every call that may have waited (SLEEP, INPUT, the socket functions).</summary>
    bool PollBreak();
}
