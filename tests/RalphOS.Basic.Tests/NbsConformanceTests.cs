// Runs every NBS Minimal BASIC program (../shared/conformance/nbs) and compares each
// verdict with Conformance/nbs-expectations.txt, which lists every program that does not
// PASS with its verdict and the reason. Improvements and regressions both fail the test.
using System.Collections.Generic;
using System.IO;
using System.Text;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests;

public class NbsConformanceTests
{
    [Fact]
    public void EveryProgramMatchesItsExpectedVerdict()
    {
        string dir = Path.Combine(RepoPaths.Shared(), "conformance", "nbs");
        Assert.True(Directory.Exists(dir), "NBS suite not found at " + dir);
        Dictionary<string, string> expected = LoadExpectations();
        var mismatches = new StringBuilder();
        var files = Directory.GetFiles(dir, "P*.BAS");
        System.Array.Sort(files);
        Assert.True(files.Length >= 200);
        foreach (var path in files)
        {
            string name = Path.GetFileNameWithoutExtension(path);
            string verdict = NbsGrader.Grade(path, out _);
            string want = expected.TryGetValue(name, out string e) ? e : "PASS";
            if (verdict != want) mismatches.Append(name).Append(" | ").Append(verdict).Append(" | expected ").Append(want).Append('\n');
        }
        Assert.True(mismatches.Length == 0, "NBS verdicts differ from nbs-expectations.txt:\n" + mismatches);
    }

    /// <summary>Lines "P050 | ERROR: FOR without NEXT | reason"; '#' starts a comment.</summary>
    private static Dictionary<string, string> LoadExpectations()
    {
        var map = new Dictionary<string, string>();
        string file = Path.Combine(System.AppContext.BaseDirectory, "Conformance", "nbs-expectations.txt");
        foreach (var raw in File.ReadAllLines(file))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("#")) continue;
            string[] parts = line.Split(" | ");
            if (parts.Length >= 2) map[parts[0].Trim()] = parts[1].Trim();
        }
        return map;
    }
}
