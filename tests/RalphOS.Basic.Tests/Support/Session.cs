// A REPL session wired to fakes, with helpers to run program text and read output.
using RalphOS.Basic.Host;
using RalphOS.Basic.Repl;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Tests.Support;

public sealed class Session
{
    public readonly FakeConsole Console = new FakeConsole();
    public readonly FakeClock Clock = new FakeClock();
    public readonly FakeSystem System = new FakeSystem();
    public readonly FakeSockets Sockets = new FakeSockets();
    public readonly MemoryFileStore Files = new MemoryFileStore();
    public readonly BasicRepl Repl;

    /// <summary>files replaces the in-memory store (Files is then unused).</summary>
    public Session(long memoryLimit = Machine.DefaultMemoryLimit, long stepLimit = 50_000_000, IBasicGraphics graphics = null,
        IBasicFileStore files = null)
    {
        Repl = new BasicRepl(new BasicHost(Console, Clock, files ?? Files, System, Sockets, graphics), memoryLimit);
        Repl.Machine.StepLimit = stepLimit;
    }

    /// <summary>Loads program text, runs it, and returns everything printed.</summary>
    public string Run(string program, params string[] input)
    {
        foreach (var line in input) Console.AddInput(line);
        string error = Repl.LoadText(program);
        if (error != null) return error;
        Repl.RunProgram();
        return Console.Output;
    }

    /// <summary>Types lines at the REPL (no prompts) and returns the output they caused.</summary>
    public string Type(params string[] lines)
    {
        Console.ClearOutput();
        foreach (var l in lines) Repl.Handle(l);
        return Console.Output;
    }
}
