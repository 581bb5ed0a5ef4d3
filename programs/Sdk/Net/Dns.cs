// System.Net.Dns: host names to addresses, as .NET's GetHostAddresses, through the kernel's
// resolver (the API's Sockets.Resolve: its DNS cache, then the DNS server; a dotted quad is
// its own answer). It blocks the program until the answer or the resolver's timeout; an
// unknown name throws SocketException (HostNotFound), as on .NET.
using System.Net.Sockets;
using RalphOS.Programs;
using RalphOS.Programs.Abi;
using RalphOS.Programs.Net;

namespace System.Net;

public static unsafe class Dns
{
    public static IPAddress[] GetHostAddresses(string hostNameOrAddress)
    {
        if (hostNameOrAddress == null)
            throw new ArgumentNullException(nameof(hostNameOrAddress));
        if (IPAddress.TryParse(hostNameOrAddress, out IPAddress literal))
            return new[] { literal };
        if (hostNameOrAddress.Length == 0)
            throw new SocketException((int)SocketError.HostNotFound);
        uint* found = stackalloc uint[KernelSocketCalls.MaxResolveAddresses];
        int count;
        fixed (char* name = hostNameOrAddress)
            count = ProgramRuntime.Api->Sockets.Resolve(name, hostNameOrAddress.Length, found, KernelSocketCalls.MaxResolveAddresses);
        KernelSocketErrors.Check(count);
        var addresses = new IPAddress[count];
        for (int i = 0; i < count; i++)
            addresses[i] = new IPAddress(found[i]);
        return addresses;
    }
}
