// SerialLog: the growing text of one machine's serial port, shared between the reader
// thread (Append) and the test thread (WaitFor). Bytes map 1:1 to chars (Latin-1), so a
// multi-byte sequence split across reads never garbles the text. Every append is also
// written to a log file for debugging.
using System;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

namespace RalphOS.TestHarness;

public sealed class SerialLog : IDisposable
{
    private const int TailCharacters = 2000;
    private readonly object _gate = new object();
    private readonly StringBuilder _text = new StringBuilder();
    private readonly FileStream _file;
    private bool _closed;

    public SerialLog(string path)
    {
        Path = path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path));
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
    }

    public string Path { get; }

    public string Text
    {
        get
        {
            lock (_gate)
            {
                return _text.ToString();
            }
        }
    }

    public string Tail
    {
        get
        {
            string text = Text;
            return text.Length <= TailCharacters ? text : "..." + text.Substring(text.Length - TailCharacters);
        }
    }

    public void Append(byte[] buffer, int count)
    {
        lock (_gate)
        {
            _text.Append(Encoding.Latin1.GetString(buffer, 0, count));
            if (!_closed)
            {
                _file.Write(buffer, 0, count);
                _file.Flush();
            }
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Wakes waiters without new text (used when QEMU exits).</summary>
    public void Wake()
    {
        lock (_gate)
        {
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>
    /// Waits until pattern matches the text from position start on, or until the deadline
    /// or until stop() says to give up. Returns the match, or null.
    /// </summary>
    public Match WaitFor(Regex pattern, int start, DateTime deadline, Func<bool> stop)
    {
        lock (_gate)
        {
            while (true)
            {
                Match match = pattern.Match(_text.ToString(), Math.Min(start, _text.Length));
                if (match.Success)
                {
                    return match;
                }
                TimeSpan left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || stop())
                {
                    return null;
                }
                Monitor.Wait(_gate, left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _closed = true;
            _file.Dispose();
        }
    }
}
