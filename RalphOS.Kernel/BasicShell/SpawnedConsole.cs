// SpawnedConsole: the console of a program started by SPAWN. Its PRINT output goes to the
// terminal of the session that spawned it; it has no keyboard (INPUT gets "Input past end",
// INKEY$ ""), because the session keeps reading its own typed lines. Ctrl-C belongs to the
// session's foreground task, so it does not break a spawned program; the program stops
// (as a break) on the kernel monitor's `break ID` or when its session's terminal goes away.
using RalphOS.Kernel.Tasks;

namespace RalphOS.Kernel.BasicShell;

internal sealed class SpawnedConsole : ISessionConsole
{
    private readonly ISessionConsole _session;

    public SpawnedConsole(ISessionConsole session)
    {
        _session = session;
    }

    public bool IsClosed => _session.IsClosed;

    public void Write(string text)
    {
        if (!_session.IsClosed)
            _session.Write(text);
    }

    public bool ReadLine(out string line)
    {
        line = "";
        return false;
    }

    public string ReadKey() => "";

    public bool PollBreak()
    {
        KernelTask self = Scheduler.Current;
        if (self.BreakRequested)
        {
            self.BreakRequested = false;
            return true;
        }
        return _session.IsClosed;
    }
}
