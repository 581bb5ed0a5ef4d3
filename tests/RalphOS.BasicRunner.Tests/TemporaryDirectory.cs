// TemporaryDirectory: a fresh directory under the system's temporary folder for one test,
// removed with everything in it when the test disposes it.
using System;
using System.IO;

namespace RalphOS.BasicRunner.Tests;

public sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ralph-runner-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, true); }
        catch (IOException) { }
    }
}
