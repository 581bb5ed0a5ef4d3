// RunScript: runs the repository's ./run.sh as a person does, for the tests of its targets.
// Boot starts a run target under a pseudo-terminal (TerminalCommand) with RALPH_NO_BUILD=1,
// so it boots the image the test run already built instead of building again, and with
// -snapshot, so it never writes to the shared image. Run starts a target without a terminal
// and returns its exit status and output, with extra environment (e.g. a PATH holding fakes).
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using RalphOS.TestHarness;

namespace RalphOS.Kernel.Tests;

internal static class RunScript
{
    public static string Path => System.IO.Path.Combine(KernelImages.RepositoryRoot, "run.sh");

    public static QemuMachine Boot(string target, string name)
    {
        _ = KernelImages.Standard;   // throws with a clear message when the image is missing
        QemuAccelerator accelerator = QemuAcceleratorChoice.Resolve(QemuAccelerator.Auto);
        var environment = new Dictionary<string, string>
        {
            ["RALPH_NO_BUILD"] = "1",
            // The same accelerator the other boot tests use.
            [QemuAcceleratorChoice.EnvironmentVariable] = accelerator == QemuAccelerator.Kvm ? "kvm" : "tcg",
        };
        ProcessStartInfo startInfo = TerminalCommand.Create($"{Path} {target} -snapshot", KernelImages.RepositoryRoot, environment);
        return QemuMachine.StartCommand(startInfo, name, accelerator);
    }

    public static (int ExitCode, string Output) Run(string target, IDictionary<string, string> environment, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(Path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = KernelImages.RepositoryRoot,
        };
        startInfo.ArgumentList.Add(target);
        foreach (KeyValuePair<string, string> variable in environment)
            startInfo.Environment[variable.Key] = variable.Value;
        using Process process = Process.Start(startInfo);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            ProcessGroup.Kill(process);
            throw new TimeoutException($"./run.sh {target} did not finish within {timeout.TotalSeconds} s");
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
