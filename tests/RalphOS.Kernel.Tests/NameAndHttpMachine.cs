// NameAndHttpMachine: the machine NameAndHttpTests share (booting under TCG is slow): a
// DNS server and an HTTP server of the test's own on the host, and Ralph OS booted with
// the NE2000 on QEMU's user network and dns=10.0.2.2:PORT on its command line, so its
// resolver asks the test's server through the gateway. The machine waits at the monitor.
using System;
using System.Text.RegularExpressions;

namespace RalphOS.Kernel.Tests;

public sealed class NameAndHttpMachine : IDisposable
{
    internal TestDnsServer Dns { get; } = new TestDnsServer();
    internal TestHttpServer Http { get; } = new TestHttpServer();
    internal KernelConsole Console { get; }

    public NameAndHttpMachine()
    {
        Dns.AddA("web.test", "10.0.2.2");
        Dns.AddCname("www.test", "alias.test");
        Dns.AddCname("alias.test", "web.test");
        Dns.AddA("many.test", "10.0.2.2", "10.0.2.3", "192.0.2.7");
        Dns.AddA(TestDnsServer.TruncatedName, "10.0.2.2");
        string image = KernelImages.WithCommandLine("dns", $"dns=10.0.2.2:{Dns.Port}");
        Console = KernelConsole.Boot(nameof(NameAndHttpTests), image, 128,
            "-netdev", "user,id=net0", "-device", NetworkCard.Device());
        var configured = new Regex(@"\[info\] net: address 10\.0\.2\.15 .*\(from DHCP\)");
        if (!configured.IsMatch(Console.Machine.SerialOutput))
            Console.Machine.WaitFor(configured, TimeSpan.FromSeconds(30));
    }

    public void Dispose()
    {
        Console.Dispose();
        Http.Dispose();
        Dns.Dispose();
    }
}
