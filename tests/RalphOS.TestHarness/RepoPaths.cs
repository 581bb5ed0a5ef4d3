// RepoPaths: finds the Ralph OS repository root and its build/ folder from a test run.
//
// The root is the nearest folder above the test assembly (or $RALPH_ROOT when set) that
// holds Directory.Build.props and global.json; BuildDirectory is root/build/, where
// RalphOS.Boot puts stage1.bin and stage2.bin and the kernel build puts its outputs
// (Directory.Build.props: RalphBuildDir).
using System;
using System.IO;

namespace RalphOS.TestHarness;

public static class RepoPaths
{
    public const string RootVariable = "RALPH_ROOT";
    private static readonly Lazy<string> _root = new Lazy<string>(FindRoot);

    public static string Root => _root.Value;
    public static string BuildDirectory => Path.Combine(Root, "build");
    public static string FixturesDirectory => Path.Combine(Root, "tests", "fixtures");
    public static string BootDirectory => Path.Combine(Root, "RalphOS.Boot");

    /// <summary>A file under build/, which must exist (else a message naming what builds it).</summary>
    public static string BuildOutput(string fileName, string producedBy)
    {
        string path = Path.Combine(BuildDirectory, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing: build {producedBy} first", path);
        }
        return path;
    }

    private static string FindRoot()
    {
        string fromEnvironment = Environment.GetEnvironmentVariable(RootVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Directory.Build.props")) &&
                File.Exists(Path.Combine(folder.FullName, "global.json")))
            {
                return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException(
            $"cannot find the Ralph OS repository root above {AppContext.BaseDirectory} (set {RootVariable})");
    }
}
