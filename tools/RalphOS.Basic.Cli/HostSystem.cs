// Host stand-in for the OS services: SLEEP really sleeps, the rest reports "no kernel".
using System.Threading;
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Cli;

internal sealed class HostSystem : IBasicSystem
{
    public long Mem(int which) => which == 0 ? 8L * 1024 * 1024 : System.GC.GetTotalMemory(false);
    public string MemStatsText() => "Host managed heap: " + System.GC.GetTotalMemory(false).ToString() + " bytes\n";
    public string TaskListText() => "  1 basic (host)\n";
    public int Spawn(string name, string[] args) => -1;
    public void Sleep(long ms) { if (ms > 0) Thread.Sleep((int)System.Math.Min(ms, int.MaxValue)); }
    public void Yield() { }
}
