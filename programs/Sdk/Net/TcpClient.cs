// System.Net.Sockets.TcpClient: a TCP connection, as .NET's: the constructor with a host
// and port connects (names through Dns), Connect, GetStream (a NetworkStream that owns the
// socket), Connected, Available, Client, Close/Dispose. AcceptTcpClient makes one for an
// accepted connection.
namespace System.Net.Sockets;

public class TcpClient : IDisposable
{
    private Socket _client;
    private NetworkStream _stream;

    public TcpClient()
    {
        _client = new Socket(SocketType.Stream, ProtocolType.Tcp);
    }

    public TcpClient(string hostname, int port) : this()
    {
        try
        {
            Connect(hostname, port);
        }
        catch
        {
            _client.Dispose();
            throw;
        }
    }

    internal TcpClient(Socket acceptedSocket)
    {
        _client = acceptedSocket;
    }

    public Socket Client => _client;

    public bool Connected => _client != null && _client.Connected;

    public int Available => _client?.Available ?? 0;

    public void Connect(string hostname, int port)
    {
        if (hostname == null)
            throw new ArgumentNullException(nameof(hostname));
        if (port < IPEndPoint.MinPort || port > IPEndPoint.MaxPort)
            throw new ArgumentOutOfRangeException(nameof(port));
        Connect(Dns.GetHostAddresses(hostname)[0], port);
    }

    public void Connect(IPAddress address, int port) => Connect(new IPEndPoint(address, port));

    public void Connect(IPEndPoint remoteEP)
    {
        ThrowIfDisposed();
        _client.Connect(remoteEP);
    }

    public NetworkStream GetStream()
    {
        ThrowIfDisposed();
        if (!_client.Connected && _client.Available == 0)
            throw new InvalidOperationException("The operation is not allowed on non-connected sockets.");
        return _stream ??= new NetworkStream(_client, true);
    }

    public void Close() => Dispose();

    public void Dispose()
    {
        if (_client == null)
            return;
        if (_stream != null)
            _stream.Dispose();
        else
            _client.Dispose();
        _client = null;
        _stream = null;
    }

    private void ThrowIfDisposed()
    {
        if (_client == null)
            throw new ObjectDisposedException("System.Net.Sockets.TcpClient");
    }
}
