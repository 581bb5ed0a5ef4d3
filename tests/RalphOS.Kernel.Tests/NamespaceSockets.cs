// NamespaceSockets: opens sockets inside a test's network namespace (TapNetwork) from this
// test process, with no helper program: a short-lived thread enters the namespace (setns)
// and creates the socket there; a socket stays in the namespace it was made in, so any
// thread may use it afterwards. The SYN flood and fuzz boot tests use it for a raw
// AF_PACKET socket on the TAP device and for TCP clients of the guest.
using System;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading;

namespace RalphOS.Kernel.Tests;

internal static class NamespaceSockets
{
    private const int CloneNewNet = 0x40000000; // CLONE_NEWNET, <linux/sched.h>
    private const int OpenReadOnly = 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int open(string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int setns(int fd, int nstype);

    [DllImport("libc")]
    private static extern int close(int fd);

    /// <summary>Runs create on a thread inside namespace ns (ip netns add made
    /// /var/run/netns/ns) and returns what it made.</summary>
    public static T Create<T>(string ns, Func<T> create)
    {
        T result = default;
        Exception failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                int fd = open($"/var/run/netns/{ns}", OpenReadOnly);
                if (fd < 0)
                    throw new InvalidOperationException($"cannot open namespace {ns}: errno {Marshal.GetLastPInvokeError()}");
                int entered = setns(fd, CloneNewNet);
                int error = Marshal.GetLastPInvokeError();
                close(fd);
                if (entered != 0)
                    throw new InvalidOperationException($"setns into {ns} failed: errno {error}");
                result = create();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure != null)
            throw new InvalidOperationException($"creating a socket in namespace {ns} failed: {failure.Message}", failure);
        return result;
    }

    /// <summary>A TCP socket made in namespace ns, not connected yet.</summary>
    public static Socket Tcp(string ns) =>
        Create(ns, () => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp));
}
