// Operating-system services a BASIC session may use: memory figures, the task list,
// starting programs (BASIC ones and the system's executables), sleeping and yielding to the cooperative scheduler.
namespace RalphOS.Basic.Host;

public interface IBasicSystem
{
    /// <summary>MEM(0) and MEM(1) of the seed dialect: bytes used / bytes free.</summary>
    long Mem(int which);

    /// <summary>Text printed by MEMSTATS (lines end with "\n").</summary>
    string MemStatsText();

    /// <summary>Text printed by TASKS (lines end with "\n").</summary>
    string TaskListText();

    /// <summary>SPAWN: runs the BASIC program text source (found as name by the session's
    /// file store) with its own interpreter, in a new task where the system has tasks, with
    /// ARG$(0) = name and ARG$(1..) = args; returns the task id, or -1 if none could start.</summary>
    int Spawn(string name, string source, string[] args);

    /// <summary>SPAWN of an executable program (a C# program built into the OS image), which
    /// SPAWN tries before a BASIC program of the same name: false when the system has no
    /// program called name; true when it has one, with the new task's id, or -1 when it
    /// could not start (the system has told the session why).</summary>
    bool TrySpawnProgram(string name, string[] args, out int taskId)
    {
        taskId = -1;
        return false;
    }

    /// <summary>Blocks the session for about ms milliseconds (other tasks run meanwhile); a
    /// Ctrl-C cuts it short and stays pending for IBasicConsole.PollBreak.</summary>
    void Sleep(long ms);

    /// <summary>Called every few hundred statements so a cooperative kernel can switch tasks.</summary>
    void Yield();
}
