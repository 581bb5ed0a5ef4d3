// System.Net.Sockets.SocketError: .NET's error codes (the Windows Sockets numbers .NET
// uses on every platform), those a Ralph OS socket can report. SocketException carries one.
namespace System.Net.Sockets;

public enum SocketError
{
    Success = 0,
    OperationAborted = 995,
    Interrupted = 10004,
    InvalidArgument = 10022,
    TooManyOpenSockets = 10024,
    WouldBlock = 10035,
    NotSocket = 10038,
    MessageSize = 10040,
    AddressAlreadyInUse = 10048,
    NetworkDown = 10050,
    ConnectionAborted = 10053,
    ConnectionReset = 10054,
    IsConnected = 10056,
    NotConnected = 10057,
    Shutdown = 10058,
    TimedOut = 10060,
    ConnectionRefused = 10061,
    HostNotFound = 11001,
    SocketError = -1,
}
