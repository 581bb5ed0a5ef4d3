// System.Net.Sockets.NetworkStream: a connected socket as a stream of bytes, with .NET's
// members (Ralph OS's core library has no Stream base class yet): Read returns what has
// arrived (waiting while nothing has) and 0 at the end; Write hands over every byte,
// waiting as the connection drains (the kernel reports partial writes; Socket.Send loops
// over them); Flush does nothing (TCP sends at once); Dispose closes the socket if the
// stream owns it. A connection error under a read or write is an IOException whose inner
// exception is the SocketException, as on .NET.
using System.IO;

namespace System.Net.Sockets;

public class NetworkStream : IDisposable
{
    private readonly Socket _socket;
    private readonly bool _ownsSocket;
    private bool _disposed;

    public NetworkStream(Socket socket) : this(socket, false) { }

    public NetworkStream(Socket socket, bool ownsSocket)
    {
        _socket = socket ?? throw new ArgumentNullException(nameof(socket));
        _ownsSocket = ownsSocket;
    }

    public Socket Socket => _socket;

    public bool CanRead => !_disposed;

    public bool CanWrite => !_disposed;

    public bool DataAvailable
    {
        get
        {
            ThrowIfDisposed();
            return _socket.Available > 0;
        }
    }

    public int ReadTimeout
    {
        get => _socket.ReceiveTimeout == 0 ? -1 : _socket.ReceiveTimeout;
        set => _socket.ReceiveTimeout = value < 0 ? 0 : value;
    }

    public int WriteTimeout
    {
        get => _socket.SendTimeout == 0 ? -1 : _socket.SendTimeout;
        set => _socket.SendTimeout = value < 0 ? 0 : value;
    }

    public int Read(byte[] buffer, int offset, int count)
    {
        if (buffer == null)
            throw new ArgumentNullException(nameof(buffer));
        return Read(new Span<byte>(buffer, offset, count));
    }

    public int Read(Span<byte> buffer)
    {
        ThrowIfDisposed();
        try
        {
            return _socket.Receive(buffer);
        }
        catch (SocketException error)
        {
            throw new IOException($"Unable to read data from the transport connection: {error.Message}.", error);
        }
    }

    // One byte, or -1 at the end of the stream.
    public int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public void Write(byte[] buffer, int offset, int count)
    {
        if (buffer == null)
            throw new ArgumentNullException(nameof(buffer));
        Write(new ReadOnlySpan<byte>(buffer, offset, count));
    }

    public void Write(ReadOnlySpan<byte> buffer)
    {
        ThrowIfDisposed();
        try
        {
            _socket.Send(buffer);
        }
        catch (SocketException error)
        {
            throw new IOException($"Unable to write data to the transport connection: {error.Message}.", error);
        }
    }

    public void WriteByte(byte value) => Write(new ReadOnlySpan<byte>(new[] { value }));

    public void Flush()
    {
    }

    public void Close() => Dispose();

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        if (_ownsSocket)
            _socket.Dispose();
    }

    private void ThrowIfDisposed()
    {
        if (_disposed)
            throw new ObjectDisposedException("System.Net.Sockets.NetworkStream");
    }
}
