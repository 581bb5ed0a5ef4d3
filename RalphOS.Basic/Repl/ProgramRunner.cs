// ProgramRunner: runs one program text to its end in a fresh session of its own (program,
// variables, memory limit), with the arguments ARGC and ARG$ read. The kernel's SPAWN task
// body and the host runner's SPAWN call it; a load error is printed like LOAD's.
using RalphOS.Basic.Host;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Repl;

public static class ProgramRunner
{
    /// <summary>Loads source, runs it with ARG$(0) = name and ARG$(1..) = args, reports how
    /// it ended ("Division by zero in 30") on host.Console, and returns that outcome.</summary>
    public static RunOutcome Run(BasicHost host, string name, string source, string[] args)
    {
        var repl = new BasicRepl(host);
        string error = repl.LoadText(source);
        if (error != null)
        {
            host.Console.Write(error + "\n");
            return RunOutcome.Errored;
        }
        repl.Machine.Arguments = WithName(name, args);
        RunOutcome outcome = repl.RunProgram();
        // Broken or stopped by an error, the program leaves no session behind to CLOSE its files.
        repl.EndSession();
        return outcome;
    }

    /// <summary>The ARG$ table: the name first, then the arguments.</summary>
    public static string[] WithName(string name, string[] args)
    {
        var all = new string[args.Length + 1];
        all[0] = name;
        for (int i = 0; i < args.Length; i++) all[i + 1] = args[i];
        return all;
    }
}
