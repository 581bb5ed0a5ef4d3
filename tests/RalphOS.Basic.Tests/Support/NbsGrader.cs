// Runs one NBS Minimal BASIC test program and classifies the outcome:
//   PASS     the program graded itself and no non-informative failure line was printed
//   FAIL     a line with "TEST FAILED" or "FAILS" outside an INFORMATIVE section
//   ERROR    the run stopped with an error message (the message is kept)
//   NOGRADE  the run ended normally without a verdict (visual checks, RND statistics)
//   HANG     the step limit ran out
// Only lines between "BEGIN TEST" and "END TEST" count (explanations before a test quote
// the verdict lines too). A section is informative from a line mentioning INFORMATIVE
// until the next SECTION line.
using System.IO;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Tests.Support;

public static class NbsGrader
{
    public const long StepLimit = 5_000_000;

    public static string Grade(string basPath, out string output)
    {
        var session = new Session(Machine.DefaultMemoryLimit, StepLimit);
        string inPath = Path.ChangeExtension(basPath, ".in");
        if (File.Exists(inPath))
        {
            foreach (var line in File.ReadAllLines(inPath)) session.Console.AddInput(line);
        }
        string error = session.Repl.LoadText(File.ReadAllText(basPath));
        if (error != null) { output = error; return "ERROR: " + error; }
        RunOutcome outcome = session.Repl.RunProgram();
        output = session.Console.Output;
        if (outcome == RunOutcome.StepLimit) return "HANG";
        string verdict = FromText(output);
        if (outcome == RunOutcome.Errored)
        {
            if (verdict == "FAIL") return verdict;
            return "ERROR: " + ErrorMessages.Text(session.Repl.Machine.LastError);
        }
        return verdict;
    }

    public static string FromText(string output)
    {
        bool informative = false, passed = false, failed = false, inTest = false;
        foreach (var raw in output.Split('\n'))
        {
            string line = raw.ToUpperInvariant();
            if (line.Contains("SECTION ")) informative = false;
            if (line.Contains("BEGIN TEST")) inTest = true;
            if (line.Contains("END TEST")) inTest = false;
            if (line.Contains("INFORMATIVE")) { informative = true; continue; }
            if (informative || !inTest) continue;
            if (!line.Contains("TEST")) continue;
            if (line.Contains("FAILED") || line.Contains("FAILS")) failed = true;
            else if (line.Contains("PASSED")) passed = true;
        }
        if (failed) return "FAIL";
        return passed ? "PASS" : "NOGRADE";
    }
}
