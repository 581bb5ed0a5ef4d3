// Socket.Waits: waiting for sockets on the kernel's scheduler (the API's Sockets.Wait):
// Poll for one socket and Select for several, as .NET's (a server can serve many
// connections from one thread with them: programs/httpd), and WaitFor, which the blocking
// calls use. Times are in microseconds as on .NET (-1: for ever); the kernel counts
// milliseconds, so they are rounded up. A break (Ctrl-C, `break ID`) ends the program.
using System.Collections.Generic;
using RalphOS.Programs;
using RalphOS.Programs.Abi;

namespace System.Net.Sockets;

public unsafe partial class Socket
{
    // The longest single wait asked of the kernel; longer ones are made of several.
    private const ulong MaxKernelWaitMs = 60 * 60 * 1000;

    public bool Poll(int microSeconds, SelectMode mode)
    {
        ThrowIfDisposed();
        SocketWaitEntry entry;
        entry.Socket = _handle;
        entry.Events = EventsFor(mode, _listening);
        entry.Ready = 0;
        return Wait(&entry, 1, microSeconds) > 0;
    }

    // Leaves in each list the sockets that are ready for it (readable: data, end of stream
    // or a connection to accept; writable: connected with buffer space, or closed, so the
    // next Send reports why; error: closed).
    public static void Select(IList<Socket> checkRead, IList<Socket> checkWrite, IList<Socket> checkError, int microSeconds)
    {
        int total = (checkRead?.Count ?? 0) + (checkWrite?.Count ?? 0) + (checkError?.Count ?? 0);
        if (total == 0)
            throw new ArgumentNullException(nameof(checkRead), "All lists are either null or empty.");
        if (total > KernelSocketCalls.MaxWaitEntries)
            throw new ArgumentOutOfRangeException(nameof(checkRead), $"At most {KernelSocketCalls.MaxWaitEntries} sockets can be selected on.");
        SocketWaitEntry* entries = stackalloc SocketWaitEntry[total];
        int next = 0;
        next = Fill(entries, next, checkRead, SelectMode.SelectRead);
        next = Fill(entries, next, checkWrite, SelectMode.SelectWrite);
        Fill(entries, next, checkError, SelectMode.SelectError);
        Wait(entries, total, microSeconds);
        next = 0;
        next = KeepReady(entries, next, checkRead);
        next = KeepReady(entries, next, checkWrite);
        KeepReady(entries, next, checkError);
    }

    private static int EventsFor(SelectMode mode, bool listening) => mode switch
    {
        SelectMode.SelectRead => listening ? KernelSocketCalls.Acceptable : KernelSocketCalls.Readable,
        SelectMode.SelectWrite => KernelSocketCalls.Writable | KernelSocketCalls.ClosedEvent,
        _ => KernelSocketCalls.ClosedEvent,
    };

    private static int Fill(SocketWaitEntry* entries, int next, IList<Socket> sockets, SelectMode mode)
    {
        if (sockets == null)
            return next;
        for (int i = 0; i < sockets.Count; i++, next++)
        {
            Socket socket = sockets[i];
            socket.ThrowIfDisposed();
            entries[next].Socket = socket._handle;
            entries[next].Events = EventsFor(mode, socket._listening);
            entries[next].Ready = 0;
        }
        return next;
    }

    private static int KeepReady(SocketWaitEntry* entries, int next, IList<Socket> sockets)
    {
        if (sockets == null)
            return next;
        int count = sockets.Count;
        for (int i = count - 1; i >= 0; i--)
        {
            if (entries[next + i].Ready == 0)
                sockets.RemoveAt(i);
        }
        return next + count;
    }

    // Waits for this socket's events; false when the timeout (ms, 0: none) ran out first.
    internal bool WaitFor(int events, int timeoutMs)
    {
        SocketWaitEntry entry;
        entry.Socket = _handle;
        entry.Events = events;
        entry.Ready = 0;
        return Wait(&entry, 1, timeoutMs <= 0 ? -1 : (long)timeoutMs * 1000) > 0;
    }

    // How many entries are ready; microSeconds < 0 waits for ever.
    private static int Wait(SocketWaitEntry* entries, int count, long microSeconds)
    {
        ulong remaining = microSeconds < 0 ? ulong.MaxValue : ((ulong)microSeconds + 999) / 1000;
        for (;;)
        {
            ulong slice = remaining < MaxKernelWaitMs ? remaining : MaxKernelWaitMs;
            int ready = ProgramRuntime.Api->Sockets.Wait(entries, count, slice);
            if (ready != 0 || slice == remaining)
                return RalphOS.Programs.Net.KernelSocketErrors.Check(ready);
            if (remaining != ulong.MaxValue)
                remaining -= slice;
        }
    }
}
