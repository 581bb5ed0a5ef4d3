// System.Net.Sockets.ProtocolType: as .NET's; Ralph OS programs have TCP only.
namespace System.Net.Sockets;

public enum ProtocolType
{
    Unknown = -1,
    Tcp = 6,
}
