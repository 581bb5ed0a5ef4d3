// ProgramCommands: the monitor's `run NAME ARGS`: starts the C# program NAME (one of those
// the image carries, built from programs/NAME) with its arguments, its console on the
// serial line, and waits for it to end, then shows its exit code; Ctrl-C sends the
// program a break (it ends at its next kernel call). It also shows how long the program
// took from start (loading included) to its first output. `run` alone lists the programs.
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Programs;
using RalphOS.Kernel.Tasks;

namespace RalphOS.Kernel.Console;

internal static class ProgramCommands
{
    private const ulong PollMilliseconds = 10;
    private const int ReapWaitPolls = 100;

    public static void Run(string arguments)
    {
        string[] words = arguments.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            Terminal.WriteLine(string.Concat("usage: run NAME [ARGS...]; programs: ", string.Join(", ", ProgramLibrary.Names().ToArray())));
            return;
        }
        var programArguments = new string[words.Length - 1];
        for (int i = 1; i < words.Length; i++)
            programArguments[i - 1] = words[i];
        int id = ProgramTasks.Start(words[0], programArguments, new TerminalProgramConsole(), out string error);
        if (id < 0)
        {
            Terminal.WriteLine(error);
            return;
        }
        LoadedProgram program = ProgramTasks.Find(id);
        while (ProgramTasks.IsLive(id))
        {
            if (!Scheduler.Sleep(PollMilliseconds))
            {
                Scheduler.Current.BreakRequested = false;
                SendBreak(id);
            }
        }
        // The kernel task records the end when it reaps the task, right after.
        string end = null;
        for (int wait = 0; wait < ReapWaitPolls && (end = ProgramExits.LastEndOf(id)) == null; wait++)
            Scheduler.Sleep(PollMilliseconds);
        Terminal.WriteLine(string.Concat(words[0], " (id ", id.ToString(), ") ended: ", end ?? "unknown", FirstOutputText(program)));
    }

    // The SPAWN-to-first-output latency: from Start (load included) to the first print.
    private static string FirstOutputText(LoadedProgram program)
    {
        if (program == null || program.FirstOutputMicroseconds == 0)
            return "";
        ulong micros = program.FirstOutputMicroseconds - program.StartedMicroseconds;
        return $"; first output {micros / 1000}.{micros % 1000 / 100} ms after start";
    }

    private static void SendBreak(int id)
    {
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
        {
            if (task.Id != id || task.State == TaskState.Finished)
                continue;
            bool wereEnabled = Arch.Cpu.DisableInterruptsSaving();
            Scheduler.RequestBreak(task);
            Arch.Cpu.RestoreInterrupts(wereEnabled);
        }
    }
}
