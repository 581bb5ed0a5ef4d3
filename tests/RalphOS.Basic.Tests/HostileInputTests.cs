// Hostile and malformed input must end in a BASIC error message, never a crash or hang:
// huge DIMs, endless GOSUB recursion, runaway strings, deep nesting, long lines.
using System.Text;
using RalphOS.Basic.Runtime;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests;

public class HostileInputTests
{
    [Fact]
    public void HugeDimIsOutOfMemoryBeforeAllocating()
    {
        var s = new Session();
        Assert.Equal("Out of memory in 10\n", s.Run("10 DIM A(100000000)\n"));
        var t = new Session();
        Assert.Equal("Out of memory in 10\n", t.Run("10 DIM A(50000, 50000, 50000)\n"));
    }

    [Fact]
    public void EndlessGosubIsOutOfMemory()
    {
        var s = new Session();
        Assert.Equal("Out of memory in 10\n", s.Run("10 GOSUB 10\n"));
    }

    [Fact]
    public void ForNestingThroughDistinctVariablesIsBounded()
    {
        var s = new Session();
        var p = new StringBuilder();
        for (int i = 0; i < 300; i++) p.Append(10 + i).Append(" FOR V").Append(i).Append(" = 1 TO 2\n");
        Assert.EndsWith("Out of memory in 266\n", s.Run(p.ToString()));
    }

    [Fact]
    public void RunawayStringIsOutOfMemory()
    {
        var s = new Session(memoryLimit: 1 << 20);
        Assert.Equal("Out of memory in 20\n", s.Run("10 A$ = \"X\"\n20 A$ = A$ + A$ : GOTO 20\n"));
    }

    [Fact]
    public void StringArrayGrowthIsAccounted()
    {
        var s = new Session(memoryLimit: 1 << 20);
        Assert.Equal("Out of memory in 30\n", s.Run("10 DIM A$(100) : B$ = STRING$(10000, \"*\")\n20 FOR I = 0 TO 100\n30 A$(I) = B$ + B$\n40 NEXT\n"));
    }

    [Fact]
    public void StringFunctionsCheckSizesFirst()
    {
        var s = new Session(memoryLimit: 1 << 20);
        Assert.Equal("Out of memory in 10\n", s.Run("10 A$ = SPACE$(2000000000)\n"));
        var t = new Session(memoryLimit: 1 << 20);
        Assert.Equal("Illegal function call in 10\n", t.Run("10 A$ = STRING$(-1, 65)\n"));
    }

    [Fact]
    public void DeepParenthesesAreFormulaTooComplex()
    {
        var s = new Session();
        string deep = new string('(', 120) + "1" + new string(')', 120);
        Assert.Equal("Formula too complex in 10\n", s.Run("10 PRINT " + deep + "\n"));
    }

    [Fact]
    public void LongOperatorChainsAreFormulaTooComplex()
    {
        var s = new Session();
        var e = new StringBuilder("1");
        for (int i = 0; i < 100; i++) e.Append("+1");
        Assert.Equal("Formula too complex in 10\n", s.Run("10 PRINT " + e + "\n"));
    }

    [Fact]
    public void RecursiveUserFunctionIsOutOfMemory()
    {
        var s = new Session();
        Assert.Equal("Out of memory in 20\n", s.Run("10 DEF FNR(X) = FNR(X + 1)\n20 PRINT FNR(1)\n"));
    }

    [Fact]
    public void OverlongLinesAreRejected()
    {
        var s = new Session();
        string line = "10 PRINT \"" + new string('A', 1_000_000) + "\"";
        Assert.Equal("Line buffer overflow\n", s.Type(line));
        Assert.Equal("", s.Type("LIST"));
    }

    [Fact]
    public void ProgramTextCountsAgainstTheLimit()
    {
        var s = new Session(memoryLimit: 64 * 1024);
        string output = "";
        for (int i = 1; i < 2000 && output.Length == 0; i++) output = s.Type(i.ToString() + " PRINT \"" + new string('B', 200) + "\"");
        Assert.Equal("Out of memory\n", output);
    }

    [Fact]
    public void GarbageLinesGiveSyntaxErrors()
    {
        string[] garbage = { "10 @#$%", "10 PRINT (", "10 FOR", "10 IF THEN", "10 DIM", "10 GOTO X", "10 X = \"A\" + 1",
            "10 ON ERROR", "10 DEF FN", "10 MID$(1,2)=3", "10 PRINT 1 +", "10 NEXT 1", "10 LET = 5", "10 )(", "10 &H", "10 INPUT" };
        foreach (var g in garbage)
        {
            var s = new Session();
            string output = s.Run(g + "\n");
            Assert.True(output.EndsWith(" in 10\n"), g + " -> " + output);
        }
    }

    [Fact]
    public void InfiniteLoopStopsAtTheStepLimit()
    {
        var s = new Session(stepLimit: 100_000);
        s.Repl.LoadText("10 GOTO 10\n");
        Assert.Equal(RunOutcome.StepLimit, s.Repl.RunProgram());
    }

    [Fact]
    public void NumbersOutOfRangeAreOverflow()
    {
        var s = new Session();
        Assert.Equal("Overflow in 10\n", s.Run("10 PRINT 1E308 * 10\n"));
        var t = new Session();
        Assert.Equal("Overflow in 10\n", t.Run("10 X = 1E400\n"));
    }

    [Fact]
    public void BadSubscriptsAndArgumentsAreErrors()
    {
        Assert.Equal("Subscript out of range in 10\n", new Session().Run("10 DIM A(3) : A(-1) = 1\n"));
        Assert.Equal("Subscript out of range in 10\n", new Session().Run("10 DIM A(3,3) : PRINT A(1)\n"));
        Assert.Equal("Illegal function call in 10\n", new Session().Run("10 PRINT CHR$(-5)\n"));
        Assert.Equal("Illegal function call in 10\n", new Session().Run("10 PRINT MID$(\"A\", 0)\n"));
        Assert.Equal("Type mismatch in 20\n", new Session().Run("10 DEF FNA(X) = X\n20 PRINT FNA(\"S\")\n"));
    }

    [Fact]
    public void SyntaxErrorInsideAFalseIfIsReportedNotLooped()
    {
        var s = new Session(stepLimit: 100_000);
        Assert.Equal("A\nMissing operand in 20\n", s.Run("10 PRINT \"A\"\n20 IF 0 THEN PRINT (\n30 PRINT \"B\"\n"));
    }
}
