// System.Net.Sockets.Socket: a TCP socket, as .NET's, over the kernel API's socket group
// (KernelSocketCalls): Connect, Bind + Listen + Accept, Send/Receive (Socket.Transfer.cs),
// Poll and Select (Socket.Waits.cs), Shutdown, Close/Dispose. Blocking by default: a call
// that cannot go on waits on the kernel's scheduler (Sockets.Wait), not in a polling loop;
// with Blocking = false it throws SocketException(WouldBlock) instead, as on .NET. Errors
// are SocketExceptions with .NET's codes. The kernel closes whatever a program leaves open
// when it ends. TcpListener, TcpClient and NetworkStream are built on it.
using RalphOS.Programs;
using RalphOS.Programs.Abi;
using RalphOS.Programs.Net;

namespace System.Net.Sockets;

public unsafe partial class Socket : IDisposable
{
    private const int DefaultBacklog = 16;

    private int _handle;
    private bool _disposed;
    private int _boundPort;
    private bool _listening;

    public Socket(SocketType socketType, ProtocolType protocolType)
        : this(AddressFamily.InterNetwork, socketType, protocolType) { }

    public Socket(AddressFamily addressFamily, SocketType socketType, ProtocolType protocolType)
    {
        if (addressFamily != AddressFamily.InterNetwork || socketType != SocketType.Stream || protocolType != ProtocolType.Tcp)
            throw new NotSupportedException("Ralph OS has IPv4 TCP stream sockets only.");
        _handle = KernelSocketErrors.Check(Calls->Open());
    }

    private Socket(int acceptedHandle)
    {
        _handle = acceptedHandle;
    }

    private static KernelSocketCalls* Calls => &ProgramRuntime.Api->Sockets;

    // The kernel's handle (the seed's socket number).
    public int Handle => _handle;

    public bool Blocking { get; set; } = true;

    // Milliseconds; 0 (the default) waits for ever, as on .NET.
    public int ReceiveTimeout { get; set; }

    public int SendTimeout { get; set; }

    public AddressFamily AddressFamily => AddressFamily.InterNetwork;

    public SocketType SocketType => SocketType.Stream;

    public ProtocolType ProtocolType => ProtocolType.Tcp;

    public bool IsBound => _boundPort != 0 || Status().LocalPort != 0;

    // True once connected, until the connection closes (as .NET's, as of the last call).
    public bool Connected
    {
        get
        {
            int state = Status().State;
            return state >= TcpStates.Established && state != TcpStates.TimeWait;
        }
    }

    public int Available => Status().BytesAvailable;

    public EndPoint LocalEndPoint
    {
        get
        {
            SocketStatus status = Status();
            if (status.LocalPort == 0)
                return _boundPort == 0 ? null : new IPEndPoint(IPAddress.Any, _boundPort);
            return new IPEndPoint(status.LocalAddress, status.LocalPort);
        }
    }

    public EndPoint RemoteEndPoint
    {
        get
        {
            SocketStatus status = Status();
            return status.RemotePort == 0 || _listening ? null : new IPEndPoint(status.RemoteAddress, status.RemotePort);
        }
    }

    // Only the port is kept: a listening socket takes connections on every address.
    public void Bind(EndPoint localEP)
    {
        ThrowIfDisposed();
        if (localEP is not IPEndPoint endPoint)
            throw new ArgumentNullException(nameof(localEP));
        if (endPoint.Port == 0)
            throw new SocketException((int)SocketError.InvalidArgument, "Ralph OS needs a port to bind to (0 is not supported)");
        _boundPort = endPoint.Port;
    }

    public void Listen() => Listen(DefaultBacklog);

    public void Listen(int backlog)
    {
        ThrowIfDisposed();
        if (_boundPort == 0)
            throw new SocketException((int)SocketError.InvalidArgument);
        KernelSocketErrors.Check(Calls->Listen(_handle, _boundPort, backlog));
        _listening = true;
    }

    public Socket Accept()
    {
        ThrowIfDisposed();
        for (;;)
        {
            int connection = Calls->Accept(_handle);
            if (connection >= 0)
                return new Socket(connection);
            if (connection != KernelSocketCalls.WouldBlock || !Blocking)
                KernelSocketErrors.Check(connection);
            WaitFor(KernelSocketCalls.Acceptable, 0);
        }
    }

    public void Connect(string host, int port) => Connect(Dns.GetHostAddresses(host)[0], port);

    public void Connect(IPAddress address, int port) => Connect(new IPEndPoint(address, port));

    // Blocking: returns once the handshake is over, or throws (ConnectionRefused, TimedOut:
    // the kernel's TCP gives up after its SYN retries). Non-blocking: throws WouldBlock at
    // once as .NET does; Poll(SelectWrite) then says when it is connected.
    public void Connect(EndPoint remoteEP)
    {
        ThrowIfDisposed();
        if (remoteEP is not IPEndPoint endPoint)
            throw new ArgumentNullException(nameof(remoteEP));
        KernelSocketErrors.Check(Calls->Connect(_handle, (uint)endPoint.Address.Address, endPoint.Port));
        if (!Blocking)
            throw new SocketException((int)SocketError.WouldBlock);
        WaitFor(KernelSocketCalls.Connected, 0);
        SocketStatus status = Status();
        if (status.State < TcpStates.Established)
            KernelSocketErrors.Check(status.Error != 0 ? status.Error : KernelSocketCalls.Refused);
    }

    public void Shutdown(SocketShutdown how)
    {
        ThrowIfDisposed();
        KernelSocketErrors.Check(Calls->Shutdown(_handle));
    }

    public void Close() => Dispose();

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        Calls->Close(_handle);
    }

    internal SocketStatus Status()
    {
        ThrowIfDisposed();
        SocketStatus status;
        KernelSocketErrors.Check(Calls->Status(_handle, &status));
        return status;
    }

    private void ThrowIfDisposed()
    {
        if (_disposed)
            throw new ObjectDisposedException("System.Net.Sockets.Socket");
    }
}
