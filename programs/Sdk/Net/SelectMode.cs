// System.Net.Sockets.SelectMode: what Socket.Poll waits for, as .NET's.
namespace System.Net.Sockets;

public enum SelectMode
{
    SelectRead = 0,
    SelectWrite = 1,
    SelectError = 2,
}
