// Test system services: records SLEEP, SPAWN (name, arguments and program text; executable
// programs by name) and yields;
// OnSleep lets a test act during a SLEEP (press Ctrl-C).
using System.Collections.Generic;
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Tests.Support;

public sealed class FakeSystem : IBasicSystem
{
    public readonly List<string> Log = new List<string>();
    public readonly List<string> SpawnedSources = new List<string>();
    public int Yields;
    /// <summary>The task id the next SPAWN gets; -1 makes the system refuse it.</summary>
    public int NextTaskId = 7;

    public long Mem(int which) => which == 0 ? 24 : 1000; // used, free
    public string MemStatsText() => "heap: 1000 free\n";
    public string TaskListText() => "1 shell\n2 basic\n";
    public int Spawn(string name, string source, string[] args)
    {
        Log.Add("spawn " + name + "(" + string.Join(",", args) + ")");
        SpawnedSources.Add(source);
        return NextTaskId;
    }
    /// <summary>Executable programs the system has (SPAWN tries them first), and the task
    /// id their SPAWN gets (-1: they fail to start).</summary>
    public readonly HashSet<string> Programs = new HashSet<string>();
    public int NextProgramTaskId = 9;
    public bool TrySpawnProgram(string name, string[] args, out int taskId)
    {
        taskId = -1;
        if (!Programs.Contains(name))
            return false;
        Log.Add("program " + name + "(" + string.Join(",", args) + ")");
        taskId = NextProgramTaskId;
        return true;
    }
    public System.Action<long> OnSleep;
    public void Sleep(long ms)
    {
        Log.Add("sleep " + ms.ToString());
        OnSleep?.Invoke(ms);
    }
    public void Yield() => Yields++;
}
