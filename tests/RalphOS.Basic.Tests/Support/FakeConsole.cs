// Test console: scripted input lines and keys, captured output, and a Ctrl-C that fires
// after a chosen number of break polls, or when a fake host call presses it (PressCtrlC:
// pending until the next poll, as the kernel's consoles keep it).
using System.Collections.Generic;
using System.Text;
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Tests.Support;

public sealed class FakeConsole : IBasicConsole
{
    private readonly Queue<string> _lines = new Queue<string>();
    private readonly Queue<string> _keys = new Queue<string>();
    private readonly StringBuilder _out = new StringBuilder();

    /// <summary>PollBreak returns true on this poll (1-based); 0 = never.</summary>
    public int BreakOnPoll;
    public int Polls;
    private bool _breakPending;

    /// <summary>Ctrl-C now: the next PollBreak reports it (once).</summary>
    public void PressCtrlC() => _breakPending = true;
    /// <summary>Echo lines read into the output, as a terminal would show them.</summary>
    public bool EchoInput = true;

    public string Output => _out.ToString();
    public void ClearOutput() => _out.Clear();
    public void AddInput(string line) => _lines.Enqueue(line);
    public void AddKey(string key) => _keys.Enqueue(key);

    public void Write(string text) => _out.Append(text);

    /// <summary>When the scripted lines run out: answers from the output so far (null = EOF).</summary>
    public System.Func<string, string> Responder;

    public bool ReadLine(out string line)
    {
        if (_lines.Count > 0) line = _lines.Dequeue();
        else line = Responder == null ? null : Responder(_out.ToString());
        if (line == null) return false;
        if (EchoInput) _out.Append(line).Append('\n');
        return true;
    }

    public string ReadKey() => _keys.Count > 0 ? _keys.Dequeue() : "";

    public bool PollBreak()
    {
        Polls++;
        if (_breakPending) { _breakPending = false; return true; }
        return BreakOnPoll > 0 && Polls == BreakOnPoll;
    }
}
