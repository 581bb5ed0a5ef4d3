// Data-driven tests: every Scripts/<Feature>/*.bas is a program followed by comment lines
//   ' INPUT: text     a line fed to INPUT / LINE INPUT (in order)
//   ' EXPECT: text    the next expected output line (trailing spaces ignored)
// The program runs in a fresh session with fake host services and one stored program,
// HELLO (for SPAWN); its whole output must equal the EXPECT lines.
using System.Collections.Generic;
using System.IO;
using System.Text;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests;

public class ScriptTests
{
    private const string InputTag = "' INPUT:";
    private const string ExpectTag = "' EXPECT:";

    public static IEnumerable<object[]> Scripts()
    {
        string root = Path.Combine(System.AppContext.BaseDirectory, "Scripts");
        var files = Directory.GetFiles(root, "*.bas", SearchOption.AllDirectories);
        System.Array.Sort(files);
        foreach (var f in files) yield return new object[] { Path.GetRelativePath(root, f) };
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void ScriptPrintsItsExpectedOutput(string script)
    {
        string path = Path.Combine(System.AppContext.BaseDirectory, "Scripts", script);
        var program = new StringBuilder();
        var input = new List<string>();
        var expected = new StringBuilder();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith(InputTag)) input.Add(Strip(line.Substring(InputTag.Length)));
            else if (line.StartsWith(ExpectTag)) expected.Append(Strip(line.Substring(ExpectTag.Length)).TrimEnd()).Append('\n');
            else if (!line.StartsWith("'")) program.Append(line).Append('\n');
        }
        Assert.True(expected.Length > 0, script + " has no EXPECT lines");
        var session = new Session(stepLimit: 5_000_000);
        session.Files.Save("hello", "10 PRINT \"HELLO\"\n");
        string output = session.Run(program.ToString(), input.ToArray());
        Assert.Equal(expected.ToString(), Normalize(output));
    }

    /// <summary>Drops the single space after the tag.</summary>
    private static string Strip(string s) => s.StartsWith(" ") ? s.Substring(1) : s;

    private static string Normalize(string output)
    {
        var sb = new StringBuilder();
        foreach (var line in output.Split('\n')) sb.Append(line.TrimEnd()).Append('\n');
        string s = sb.ToString();
        while (s.EndsWith("\n\n")) s = s.Substring(0, s.Length - 1);
        return s == "\n" ? "" : s;
    }
}
