// SocketWaits: how tasks block on sockets. The stack reports socket events through its
// waker (ISocketWaker) from the network task; every task waiting for a socket is woken and
// re-checks its own socket's readiness, so a task sleeps until its socket is ready instead
// of polling. A deadline bounds each wait. SendAll is the one "send everything" loop that
// the echo service, BASIC's SEND and telnet sessions share. A connection that carries a
// task's breaks (a telnet session's, WatchForBreaks) also wakes that task from any wait
// when input arrives, so its Ctrl-C is seen while its program sleeps or waits.
using System;
using System.Collections.Generic;
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;
using RalphOS.Net.Iface;
using RalphOS.Net.Tcp;

namespace RalphOS.Kernel.Network;

internal sealed class SocketWaits : ISocketWaker
{
    private const int BreakInputEvents = SocketEvents.Readable | SocketEvents.Closed;

    private readonly WaitQueue _activity = new WaitQueue();
    // TCP connection -> the task whose break source (IBreakSource) reads it.
    private readonly Dictionary<int, KernelTask> _breakWatchers = new Dictionary<int, KernelTask>();

    public void Wake(SocketKind kind, int handle, int events)
    {
        _activity.WakeAll();
        if (kind == SocketKind.Tcp && (events & BreakInputEvents) != 0 && _breakWatchers.TryGetValue(handle, out KernelTask task))
            Scheduler.NotifyBreakSource(task);
    }

    // Input on the TCP connection (or its end) wakes `task` to look for a break in it,
    // until StopWatching; the task's BreakSource reads the connection.
    public void WatchForBreaks(int handle, KernelTask task) => _breakWatchers[handle] = task;

    public void StopWatching(int handle) => _breakWatchers.Remove(handle);

    // Blocks until the TCP socket shows one of `events`, the time runs out, or Ctrl-C;
    // returns whether it became ready.
    public bool WaitForTcp(NetStack stack, int handle, int events, ulong timeoutMs)
    {
        ulong deadline = Clock.Milliseconds + timeoutMs;
        Cpu.DisableInterrupts();
        while ((stack.TcpReadiness(handle) & events) == 0 && Clock.Milliseconds < deadline && !Scheduler.PollBreakSource())
            _activity.WaitUntil(deadline);
        Cpu.EnableInterrupts();
        return (stack.TcpReadiness(handle) & events) != 0;
    }

    // Blocks until one of `count` TCP sockets shows one of its events (a program's
    // Sockets.Wait, poll-style), the time runs out, or a break; returns whether any did.
    // One that is ready at once still yields, so a program polling in a loop lets the
    // network task (and everyone else) run.
    public bool WaitForAnyTcp(NetStack stack, int[] handles, int[] events, int count, ulong timeoutMs)
    {
        if (AnyReady(stack, handles, events, count) || timeoutMs == 0)
        {
            Scheduler.Yield();
            return AnyReady(stack, handles, events, count);
        }
        ulong deadline = Clock.Milliseconds + timeoutMs;
        Cpu.DisableInterrupts();
        while (!AnyReady(stack, handles, events, count) && Clock.Milliseconds < deadline && !Scheduler.PollBreakSource())
            _activity.WaitUntil(deadline);
        Cpu.EnableInterrupts();
        return AnyReady(stack, handles, events, count);
    }

    // The socket's readiness (SocketEvents) as a program waits on it: Connected once the
    // handshake is over (or has failed: the socket is closed), which the stack reports only
    // as an event, and Writable only after it (as poll reports a connecting socket), so a
    // program waiting for either does not wake before there is something to do.
    public static int ReadinessOf(NetStack stack, int handle)
    {
        int readiness = stack.TcpReadiness(handle);
        TcpState state = stack.TcpStateOf(handle);
        if (state >= TcpState.Established || state == TcpState.Closed)
            readiness |= SocketEvents.Connected;
        else
            readiness &= ~SocketEvents.Writable;
        return readiness;
    }

    private static bool AnyReady(NetStack stack, int[] handles, int[] events, int count)
    {
        for (int i = 0; i < count; i++)
        {
            if ((ReadinessOf(stack, handles[i]) & events[i]) != 0)
                return true;
        }
        return false;
    }

    // Blocks until the UDP socket holds a datagram, the time runs out, or Ctrl-C; returns
    // whether one is queued (the DNS resolver's wait).
    public bool WaitForUdp(NetStack stack, int handle, ulong timeoutMs)
    {
        ulong deadline = Clock.Milliseconds + timeoutMs;
        Cpu.DisableInterrupts();
        while ((stack.UdpReadiness(handle) & SocketEvents.Readable) == 0 && Clock.Milliseconds < deadline && !Scheduler.PollBreakSource())
            _activity.WaitUntil(deadline);
        Cpu.EnableInterrupts();
        return (stack.UdpReadiness(handle) & SocketEvents.Readable) != 0;
    }

    private const int WouldBlock = -1;

    // Queues all of data on the connection, waiting for buffer space as needed; returns how
    // many bytes were queued (less than all on an error, a timeout, or Ctrl-C when the
    // caller asks to stop on it).
    public int SendAll(NetStack stack, int handle, ReadOnlySpan<byte> data, ulong timeoutMs, BreakPolicy onBreak)
    {
        ulong deadline = Clock.Milliseconds + timeoutMs;
        int sent = 0;
        while (sent < data.Length && !(onBreak == BreakPolicy.Stop && Scheduler.Current.BreakRequested))
        {
            int accepted = stack.TcpSend(handle, data.Slice(sent));
            if (accepted > 0)
            {
                sent += accepted;
                continue;
            }
            ulong now = Clock.Milliseconds;
            if (accepted != WouldBlock || now >= deadline)
                break;
            if (WaitForTcp(stack, handle, SocketEvents.Writable | SocketEvents.Closed, deadline - now))
                continue;
            // A pending break ends waits at once; output that must not stop on it (a telnet
            // session's own) lets the other tasks run and tries again until the deadline.
            if (onBreak == BreakPolicy.Stop || !Scheduler.Current.BreakRequested)
                break;
            Scheduler.Yield();
        }
        return sent;
    }
}
