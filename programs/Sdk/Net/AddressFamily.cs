// System.Net.Sockets.AddressFamily: as .NET's, with the values Ralph OS has (IPv4 only).
// IPAddress.AddressFamily and Socket's constructor use it.
namespace System.Net.Sockets;

public enum AddressFamily
{
    Unknown = -1,
    Unspecified = 0,
    InterNetwork = 2,
}
