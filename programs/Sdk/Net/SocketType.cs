// System.Net.Sockets.SocketType: as .NET's; Ralph OS programs have stream sockets only.
namespace System.Net.Sockets;

public enum SocketType
{
    Unknown = -1,
    Stream = 1,
}
