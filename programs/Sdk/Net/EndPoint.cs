// System.Net.EndPoint: a network address, as .NET's abstract base (IPEndPoint is the one
// kind Ralph OS has). Socket.LocalEndPoint/RemoteEndPoint and TcpListener.LocalEndpoint
// return it.
namespace System.Net;

public abstract class EndPoint
{
}
