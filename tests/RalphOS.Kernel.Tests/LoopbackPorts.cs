// LoopbackPorts: a TCP port on 127.0.0.1 that nothing listens on right now, for QEMU's
// hostfwd (each boot test forwards its own ports, so tests can run side by side).
using System.Net;
using System.Net.Sockets;

namespace RalphOS.Kernel.Tests;

internal static class LoopbackPorts
{
    public static int Free()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
