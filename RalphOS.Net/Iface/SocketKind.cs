// SocketKind: which handle space a socket handle belongs to (TCP and UDP are numbered apart).
namespace RalphOS.Net.Iface;

public enum SocketKind
{
    Tcp,
    Udp,
}
