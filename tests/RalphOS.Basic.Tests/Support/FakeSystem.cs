// Test system services: records SLEEP, SPAWN and yields.
using System.Collections.Generic;
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Tests.Support;

public sealed class FakeSystem : IBasicSystem
{
    public readonly List<string> Log = new List<string>();
    public int Yields;

    public long Mem(int which) => which == 0 ? 1000 : 24;
    public string MemStatsText() => "heap: 1000 free\n";
    public string TaskListText() => "1 shell\n2 basic\n";
    public int Spawn(string name, string[] args)
    {
        Log.Add("spawn " + name + "(" + string.Join(",", args) + ")");
        return name == "hello" ? 7 : -1;
    }
    public void Sleep(long ms) => Log.Add("sleep " + ms.ToString());
    public void Yield() => Yields++;
}
