// Finds the repository root (the folder holding Directory.Build.props) from the test's
// output folder, and the shared reference folder next to it (<repo>/../shared).
using System;
using System.IO;

namespace RalphOS.Basic.Tests.Support;

public static class RepoPaths
{
    public static string RepoRoot()
    {
        string dir = AppContext.BaseDirectory;
        for (int i = 0; i < 10 && dir != null; i++)
        {
            if (File.Exists(Path.Combine(dir, "Directory.Build.props")) && Directory.Exists(Path.Combine(dir, "RalphOS.Basic")))
                return dir;
            dir = Path.GetDirectoryName(dir.TrimEnd(Path.DirectorySeparatorChar));
        }
        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }

    public static string Shared() => Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared"));
}
