// SPAWN, ARGC and ARG$ on the host with a fake system: which program text and arguments
// SPAWN hands to IBasicSystem.Spawn (found as LOAD finds files, SAVEd ones included), the
// task id of the function form, the errors for a missing name, a bad name or a refusal,
// and ProgramRunner running a program with its arguments.
using RalphOS.Basic.Host;
using RalphOS.Basic.Repl;
using RalphOS.Basic.Runtime;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests;

public class SpawnTests
{
    private const string Hello = "10 PRINT \"HELLO \"; ARG$(1)\n";

    private static Session WithHello()
    {
        var s = new Session();
        s.Files.Save("hello", Hello);
        return s;
    }

    [Fact]
    public void SpawnHandsTheStoredTextAndArgumentsToTheSystem()
    {
        var s = WithHello();
        Assert.Equal("", s.Type("SPAWN \"hello.bas\", \"a\", 2, -1.5, \"b\" + \"c\""));
        Assert.Equal(new[] { "spawn HELLO(a,2,-1.5,bc)" }, s.System.Log.ToArray());
        Assert.Equal(Hello, s.System.SpawnedSources[0]);
    }

    [Fact]
    public void SpawnRunsAnExecutableProgramBeforeABasicProgramOfTheSameName()
    {
        var s = WithHello();
        s.System.Programs.Add("hello");
        Assert.Equal(" 9 \n", s.Type("T = SPAWN(\"hello\", \"a\", 2) : PRINT T"));
        Assert.Equal(new[] { "program hello(a,2)" }, s.System.Log.ToArray());
        Assert.Empty(s.System.SpawnedSources);
        // An explicit .bas name is the BASIC program.
        s.Type("SPAWN \"hello.bas\"");
        Assert.Equal("spawn HELLO()", s.System.Log[1]);
    }

    [Fact]
    public void AnExecutableThatCannotStartIsDeviceUnavailable()
    {
        var s = WithHello();
        s.System.Programs.Add("hello");
        s.System.NextProgramTaskId = -1;
        Assert.Contains("Device unavailable", s.Type("SPAWN \"hello\""));
    }

    [Fact]
    public void SpawnFindsAProgramSavedInTheSession()
    {
        var s = new Session();
        s.Type("10 PRINT ARGC", "SAVE \"mine\"", "NEW");
        s.Type("SPAWN \"MINE\"");
        Assert.Equal(new[] { "spawn MINE()" }, s.System.Log.ToArray());
        Assert.Equal("10 PRINT ARGC\n", s.System.SpawnedSources[0]);
    }

    [Fact]
    public void SpawnAsAFunctionReturnsTheTaskId()
    {
        var s = WithHello();
        s.System.NextTaskId = 12;
        Assert.Equal(" 12 \n", s.Type("T = SPAWN(\"hello\", \"x\") : PRINT T"));
        Assert.Equal(new[] { "spawn HELLO(x)" }, s.System.Log.ToArray());
    }

    [Fact]
    public void AnUnknownProgramIsFileNotFoundAtItsLine()
    {
        var s = WithHello();
        Assert.Equal("File not found in 20\n", s.Run("10 PRINT \"A\";\n20 SPAWN \"nosuch\"\n30 PRINT \"B\"\n").Substring(2));
        Assert.Equal("File not found\n", s.Type("SPAWN \"nosuch\""));
        Assert.Equal("File not found\n", s.Type("PRINT SPAWN(\"nosuch\")"));
        Assert.Empty(s.System.Log);
    }

    [Fact]
    public void AnUnknownProgramCanBeTrapped()
    {
        var s = WithHello();
        string output = s.Run("10 ON ERROR GOTO 40\n20 SPAWN \"nosuch\"\n30 END\n40 PRINT \"ERR\"; ERR; \"ERL\"; ERL\n50 RESUME 30\n");
        Assert.Equal("ERR 53 ERL 20 \n", output);
    }

    [Fact]
    public void AnEmptyNameIsABadFileName()
    {
        var s = WithHello();
        Assert.Equal("Bad file name\n", s.Type("SPAWN \"  \""));
        Assert.Empty(s.System.Log);
    }

    [Fact]
    public void ASystemThatCannotStartTasksGivesDeviceUnavailable()
    {
        var s = WithHello();
        s.System.NextTaskId = -1;
        Assert.Equal("Device unavailable in 10\n", s.Run("10 SPAWN \"hello\"\n"));
    }

    [Fact]
    public void TheSeedsSpawnNeedsNoSystemOnAHostWithout()
    {
        var console = new FakeConsole();
        var files = new MemoryFileStore();
        files.Save("hello", Hello);
        var repl = new BasicRepl(new BasicHost(console, new FakeClock(), files, null, null));
        repl.Handle("SPAWN \"hello\"");
        Assert.Equal("Device unavailable\n", console.Output);
    }

    [Fact]
    public void MoreThanSixteenArgumentsIsASyntaxError()
    {
        var s = WithHello();
        string sixteen = "SPAWN \"hello\"" + string.Concat(System.Linq.Enumerable.Repeat(", 1", 16));
        Assert.Equal("", s.Type(sixteen));
        Assert.Equal("Syntax error\n", s.Type(sixteen + ", 1"));
    }

    [Fact]
    public void ProgramRunnerGivesTheProgramItsNameAndArguments()
    {
        var console = new FakeConsole();
        var host = new BasicHost(console, new FakeClock(), null, null, null);
        string program = "10 PRINT ARG$(0); ARGC; ARG$(1); \"/\"; ARG$(2); \"/\"; ARG$(3); \"/\"\n20 PRINT ARG$(-1)\n";
        RunOutcome outcome = ProgramRunner.Run(host, "SHOW", program, new[] { "a", "b c" });
        Assert.Equal(RunOutcome.Errored, outcome);
        Assert.Equal("SHOW 2 a/b c//\nIllegal function call in 20\n", console.Output);
    }

    [Fact]
    public void ProgramRunnerReportsAProgramThatDoesNotLoad()
    {
        var console = new FakeConsole();
        var host = new BasicHost(console, new FakeClock(), null, null, null);
        Assert.Equal(RunOutcome.Errored, ProgramRunner.Run(host, "BAD", "PRINT 1\n", new string[0]));
        Assert.Equal("Direct statement in file\n", console.Output);
    }

    [Fact]
    public void AtThePromptThereAreNoArguments()
    {
        var s = new Session();
        Assert.Equal(" 0 \n", s.Type("PRINT ARGC; ARG$(0); ARG$(1)"));
    }

    [Fact]
    public void ArgcIsStillAVariableNameForOldPrograms()
    {
        var s = new Session();
        Assert.Equal(" 5 \n", s.Run("10 ARGC = 5\n20 PRINT ARGC\n"));
    }
}
