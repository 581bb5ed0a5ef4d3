// Runs bas/todo.bas (or another TODO app) as a user would (LOAD "todo", then RUN) against a
// FakeNetwork, with a fake clock and a step limit so every run ends. Serve() returns once
// the program has been broken after the last client was closed (or a limit was hit).
using System.IO;
using RalphOS.Basic.Host;
using RalphOS.Basic.Repl;

namespace RalphOS.Basic.Tests.Support;

public sealed class TodoServer
{
    public const long StepLimit = 20_000_000;

    public readonly FakeConsole Console = new FakeConsole();
    public readonly FakeClock Clock = new FakeClock();
    public readonly MemoryFileStore Files;
    public readonly FakeSystem System = new FakeSystem();
    public readonly FakeNetwork Network;
    public readonly BasicRepl Repl;

    /// <summary>program: a path from the repository root (default bas/todo.bas), LOADed as
    /// "todo"; files: a store kept from an earlier server (the saved list), or a new one.</summary>
    public TodoServer(string program = "bas/todo.bas", MemoryFileStore files = null)
    {
        Network = new FakeNetwork(Console, Clock);
        Files = files ?? new MemoryFileStore();
        Files.Save("todo", File.ReadAllText(Path.Combine(RepoPaths.RepoRoot(), program)));
        Repl = new BasicRepl(new BasicHost(Console, Clock, Files, System, Network));
        Repl.Machine.StepLimit = StepLimit;
    }

    /// <summary>Everything the program printed to the console.</summary>
    public string Output => Console.Output;

    /// <summary>Clients that each start after the previous one was answered, so state carries over.</summary>
    public static FakeHttpClient[] InTurn(params FakeHttpClient[] clients)
    {
        for (int i = 1; i < clients.Length; i++) clients[i].StartAfter = clients[i - 1];
        return clients;
    }

    /// <summary>Loads and runs todo.bas until all clients are closed; returns the console output.</summary>
    public string Serve(params FakeHttpClient[] clients)
    {
        Network.Clients.AddRange(clients);
        Repl.Handle("LOAD \"todo\"");
        Repl.Handle("RUN");
        return Console.Output;
    }

    /// <summary>Serves the requests one after another; returns the clients with their answers.</summary>
    public FakeHttpClient[] ServeInTurn(params string[] targets)
    {
        var clients = new FakeHttpClient[targets.Length];
        for (int i = 0; i < targets.Length; i++) clients[i] = FakeHttpClient.Get(targets[i]);
        Serve(InTurn(clients));
        return clients;
    }
}
