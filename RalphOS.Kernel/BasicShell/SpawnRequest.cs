// SpawnRequest: what SpawnedPrograms hands from the spawning session to the new task: the
// program's name, text and arguments, and the session's terminal and file store.
using RalphOS.Basic.Host;

namespace RalphOS.Kernel.BasicShell;

internal sealed class SpawnRequest
{
    public string Name;
    public string Source;
    public string[] Arguments;
    public ISessionConsole Console;
    public IBasicFileStore Files;
}
