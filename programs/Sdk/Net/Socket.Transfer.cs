// Socket.Transfer: Send and Receive. Blocking Send hands the kernel everything, waiting
// for buffer space as the connection drains (the kernel API's Send reports how many bytes
// it took each time); non-blocking Send returns how many it took, as .NET's. Receive
// returns what has arrived, 0 at the end of the stream, and waits (blocking) while nothing
// has; an error (reset, timed out) is a SocketException.
using RalphOS.Programs.Abi;
using RalphOS.Programs.Net;

namespace System.Net.Sockets;

public unsafe partial class Socket
{
    public int Send(byte[] buffer) => Send(new ReadOnlySpan<byte>(buffer ?? throw new ArgumentNullException(nameof(buffer))));

    public int Send(byte[] buffer, int offset, int size) =>
        Send(new ReadOnlySpan<byte>(buffer ?? throw new ArgumentNullException(nameof(buffer)), offset, size));

    public int Send(ReadOnlySpan<byte> buffer)
    {
        ThrowIfDisposed();
        int sent = 0;
        fixed (byte* data = buffer)
        {
            while (sent < buffer.Length)
            {
                int taken = Calls->Send(_handle, data + sent, buffer.Length - sent);
                if (taken > 0)
                {
                    sent += taken;
                    if (!Blocking)
                        return sent;
                    continue;
                }
                if (taken != KernelSocketCalls.WouldBlock || !Blocking)
                    KernelSocketErrors.Check(taken == 0 ? KernelSocketCalls.WouldBlock : taken);
                if (!WaitFor(KernelSocketCalls.Writable | KernelSocketCalls.ClosedEvent, SendTimeout))
                    throw new SocketException((int)SocketError.TimedOut);
            }
        }
        return sent;
    }

    public int Receive(byte[] buffer) => Receive(new Span<byte>(buffer ?? throw new ArgumentNullException(nameof(buffer))));

    public int Receive(byte[] buffer, int offset, int size) =>
        Receive(new Span<byte>(buffer ?? throw new ArgumentNullException(nameof(buffer)), offset, size));

    public int Receive(Span<byte> buffer)
    {
        ThrowIfDisposed();
        if (buffer.Length == 0)
            return 0;
        fixed (byte* data = buffer)
        {
            for (;;)
            {
                int count = Calls->Receive(_handle, data, buffer.Length);
                if (count >= 0)
                    return count;
                if (count != KernelSocketCalls.WouldBlock || !Blocking)
                    KernelSocketErrors.Check(count);
                if (!WaitFor(KernelSocketCalls.Readable | KernelSocketCalls.ClosedEvent, ReceiveTimeout))
                    throw new SocketException((int)SocketError.TimedOut);
            }
        }
    }
}
