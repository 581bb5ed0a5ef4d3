// Ipv4Config: the interface's address, netmask, gateway and DNS server, set statically or by
// DhcpClient. StaticDefault is QEMU user networking's fixed plan (10.0.2.15/24 via 10.0.2.2).
using RalphOS.Net.Wire;

namespace RalphOS.Net.Iface;

public struct Ipv4Config
{
    public Ipv4Address Address;
    public Ipv4Address Netmask;
    public Ipv4Address Gateway;
    public Ipv4Address DnsServer;

    public static Ipv4Config StaticDefault => new Ipv4Config
    {
        Address = new Ipv4Address(10, 0, 2, 15),
        Netmask = new Ipv4Address(255, 255, 255, 0),
        Gateway = new Ipv4Address(10, 0, 2, 2),
        DnsServer = new Ipv4Address(10, 0, 2, 3),
    };

    public bool IsConfigured => !Address.IsUnspecified;
}
