// The demo programs in <repo>/bas run to completion with the output they promise.
using System.IO;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests;

public class BasDemoTests
{
    private static string Demo(string name) => File.ReadAllText(Path.Combine(RepoPaths.RepoRoot(), "bas", name + ".bas"));

    [Fact]
    public void FibPrintsTheSequence()
    {
        string output = new Session().Run(Demo("fib"));
        Assert.Contains(" 0  1  1  2  3  5  8  13  21  34", output);
        Assert.Contains(" 514229", output);
        Assert.Contains("Ratio of the last two:  1.61803398875", output);
    }

    [Fact]
    public void HelloGreetsWithItsArguments()
    {
        var console = new FakeConsole();
        var host = new RalphOS.Basic.Host.BasicHost(console, new FakeClock(), null, null, null);
        RalphOS.Basic.Repl.ProgramRunner.Run(host, "HELLO", Demo("hello"), new[] { "a", "b" });
        Assert.Equal("Hello from HELLO with 2 arguments: a b\n", console.Output);
    }

    [Fact]
    public void PrimesFindsAllPrimesBelow200()
    {
        string output = new Session().Run(Demo("primes"));
        Assert.Contains(" 46 primes below 200", output);
        Assert.Contains(" 197  199", output);
    }

    [Fact]
    public void HanoiMovesFourDisksIn15Moves()
    {
        string output = new Session().Run(Demo("hanoi"));
        Assert.Equal(15, output.Split("Move disk").Length - 1);
        Assert.Contains("Moved 4 disks in 15 moves.", output);
    }

    [Fact]
    public void MandelDrawsTwentyFiveRows()
    {
        string output = new Session().Run(Demo("mandel"));
        Assert.Equal(25, output.TrimEnd('\n').Split('\n').Length);
        Assert.Contains("@", output);
    }

    [Fact]
    public void GuessIsWonByBinarySearch()
    {
        var s = new Session();
        int low = 1, high = 100, guess = 0, guesses = 0;
        s.Console.Responder = output =>
        {
            if (output.EndsWith("Play again (Y/N)? ")) return "N";
            if (output.EndsWith("Higher!\nYour guess? ")) low = guess + 1;
            else if (output.EndsWith("Lower!\nYour guess? ")) high = guess - 1;
            guess = (low + high) / 2;
            guesses++;
            return guesses > 10 ? null : guess.ToString();
        };
        string result = s.Run(Demo("guess"));
        Assert.Contains("I am thinking of a number from 1 to 100.", result);
        Assert.Contains("Right! You needed " + guesses.ToString() + " tries.", result);
        Assert.True(guesses <= 7);
    }
}
