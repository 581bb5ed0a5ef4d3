// Host implementations of the interpreter's console and clock: stdin/stdout, Ctrl-C via
// Console.CancelKeyPress (only while a program runs in REPL mode), and the system clock.
using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Cli;

internal sealed class ConsoleHost : IBasicConsole, IBasicClock
{
    private readonly TextReader _in = Console.In;
    private readonly StreamWriter _out;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _breakRequested;

    public ConsoleHost()
    {
        _out = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
    }

    /// <summary>Routes Ctrl-C to PollBreak instead of killing the process.</summary>
    public void CatchCtrlC()
    {
        Console.CancelKeyPress += (sender, e) =>
        {
            e.Cancel = true;
            Interlocked.Exchange(ref _breakRequested, 1);
        };
    }

    public void Write(string text) => _out.Write(text);

    public void Flush() => _out.Flush();

    public bool ReadLine(out string line)
    {
        _out.Flush();
        line = _in.ReadLine();
        return line != null;
    }

    public string ReadKey()
    {
        _out.Flush();
        if (Console.IsInputRedirected || !Console.KeyAvailable) return "";
        return Console.ReadKey(true).KeyChar.ToString();
    }

    /// <summary>Forgets a Ctrl-C pressed while no program was running.</summary>
    public void ClearBreak() => Interlocked.Exchange(ref _breakRequested, 0);

    public bool PollBreak()
    {
        _out.Flush();
        return Interlocked.Exchange(ref _breakRequested, 0) != 0;
    }

    public long MillisecondsSinceBoot => _clock.ElapsedMilliseconds;

    public void GetDateTime(out int year, out int month, out int day, out int hour, out int minute, out int second)
    {
        DateTime now = DateTime.Now;
        year = now.Year;
        month = now.Month;
        day = now.Day;
        hour = now.Hour;
        minute = now.Minute;
        second = now.Second;
    }
}
