// SessionProgramConsole: the console of a program a BASIC session SPAWNed: its output goes
// to the session's terminal (as a spawned BASIC program's does, SpawnedConsole); it has no
// input, since the session keeps reading its own typed lines (ReadLine gives end of input,
// KeyAvailable is never true); when the terminal goes (a telnet client hung up) the
// program is stopped at its next kernel call.
using RalphOS.Kernel.Programs;

namespace RalphOS.Kernel.BasicShell;

internal sealed class SessionProgramConsole : IProgramConsole
{
    private readonly ISessionConsole _session;

    public SessionProgramConsole(ISessionConsole session)
    {
        _session = session;
    }

    public bool IsClosed => _session.IsClosed;

    public bool HasInput => false;

    public void Write(string text)
    {
        if (!_session.IsClosed)
            _session.Write(text);
    }

    public bool ReadLine(out string line)
    {
        line = null;
        return false;
    }

    public bool KeyAvailable => false;

    public bool WaitForKey(ulong milliseconds) => false;

    public int ReadKey() => -1;
}
