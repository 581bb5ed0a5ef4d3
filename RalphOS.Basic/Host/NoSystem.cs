// Stand-in system services for a host without a kernel: no tasks, no memory figures.
namespace RalphOS.Basic.Host;

public sealed class NoSystem : IBasicSystem
{
    public long Mem(int which) => 0;
    public string MemStatsText() => "No memory statistics on this host\n";
    public string TaskListText() => "No tasks on this host\n";
    public int Spawn(string name, string source, string[] args) => -1;
    public void Sleep(long ms) { }
    public void Yield() { }
}
