// Runs one NBS Minimal BASIC test program and classifies the outcome:
//   PASS     the program graded itself and no non-informative failure line was printed
//   FAIL     a line with "TEST FAILED" or "FAILS" outside an INFORMATIVE section
//   ERROR    the run stopped with an error message (the message is kept)
//   INFORMATIVE PASS / INFORMATIVE FAIL
//            no verdict of the standard's own, but the program's "*** INFORMATIVE TEST
//            PASSED ***" or "... FAILED ..." line (accuracy of arithmetic and functions,
//            RND statistics): checked so a drop in accuracy is noticed
//   NOGRADE  the run ended normally without a verdict (visual checks)
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
    private const string InformativeVerdict = "*** INFORMATIVE TEST ";

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
        bool informativePassed = false, informativeFailed = false;
        foreach (var raw in output.Split('\n'))
        {
            string line = raw.ToUpperInvariant();
            if (line.Contains(InformativeVerdict + "PASSED")) informativePassed = true;
            if (line.Contains(InformativeVerdict + "FAILED")) informativeFailed = true;
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
        if (passed) return "PASS";
        if (informativeFailed) return "INFORMATIVE FAIL";
        return informativePassed ? "INFORMATIVE PASS" : "NOGRADE";
    }
}
