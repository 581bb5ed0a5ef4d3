// System.Net.Sockets.TcpListener: accepts TCP connections on a port, as .NET's: Start
// (listen, with a backlog), Pending (a connection is waiting), AcceptTcpClient and
// AcceptSocket (block until one comes), Stop (the port is free again), LocalEndpoint.
// Ralph OS listens on every address whatever address is given.
namespace System.Net.Sockets;

public class TcpListener : IDisposable
{
    private const int DefaultBacklog = 16;

    private readonly IPEndPoint _endPoint;
    private Socket _server;

    public TcpListener(IPAddress localaddr, int port) : this(new IPEndPoint(localaddr, port)) { }

    public TcpListener(IPEndPoint localEP)
    {
        _endPoint = localEP ?? throw new ArgumentNullException(nameof(localEP));
    }

    public EndPoint LocalEndpoint => _endPoint;

    public Socket Server => _server;

    public bool Active => _server != null;

    public void Start() => Start(DefaultBacklog);

    public void Start(int backlog)
    {
        if (_server != null)
            return;
        var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            server.Bind(_endPoint);
            server.Listen(backlog);
        }
        catch
        {
            server.Dispose();
            throw;
        }
        _server = server;
    }

    public bool Pending()
    {
        ThrowIfNotStarted();
        return _server.Poll(0, SelectMode.SelectRead);
    }

    public Socket AcceptSocket()
    {
        ThrowIfNotStarted();
        return _server.Accept();
    }

    public TcpClient AcceptTcpClient() => new TcpClient(AcceptSocket());

    public void Stop()
    {
        _server?.Dispose();
        _server = null;
    }

    public void Dispose() => Stop();

    private void ThrowIfNotStarted()
    {
        if (_server == null)
            throw new InvalidOperationException("Not listening. You must call the Start() method before calling this method.");
    }
}
