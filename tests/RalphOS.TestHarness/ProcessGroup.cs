// ProcessGroup: kills a started QEMU and, when it leads its own process group (started via
// setsid), every process in that group. Only the group of a process we started is ever
// signalled; a process that is not a group leader is killed alone.
using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace RalphOS.TestHarness;

public static class ProcessGroup
{
    private const int SignalKill = 9;   // SIGKILL (POSIX)

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    [DllImport("libc", SetLastError = true)]
    private static extern int getpgid(int pid);

    public static void Kill(Process process)
    {
        try
        {
            if (process.HasExited)
            {
                return;
            }
            int pid = process.Id;
            if (getpgid(pid) == pid)
            {
                kill(-pid, SignalKill);
            }
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (Exception error) when (error is InvalidOperationException || error is Win32Exception || error is NotSupportedException)
        {
            // Already gone.
        }
    }
}
