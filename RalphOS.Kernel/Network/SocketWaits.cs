// SocketWaits: how tasks block on sockets. The stack reports socket events through its
// waker (ISocketWaker) from the network task; every task waiting for a socket is woken and
// re-checks its own socket's readiness, so a task sleeps until its socket is ready instead
// of polling. A deadline bounds each wait. SendAll is the one "send everything" loop that
// the echo service, BASIC's SEND and telnet sessions share.
using System;
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;
using RalphOS.Net.Iface;
using RalphOS.Net.Tcp;

namespace RalphOS.Kernel.Network;

internal sealed class SocketWaits : ISocketWaker
{
    private readonly WaitQueue _activity = new WaitQueue();

    public void Wake(SocketKind kind, int handle, int events) => _activity.WakeAll();

    // Blocks until the TCP socket shows one of `events`, the time runs out, or Ctrl-C;
    // returns whether it became ready.
    public bool WaitForTcp(NetStack stack, int handle, int events, ulong timeoutMs)
    {
        ulong deadline = Clock.Milliseconds + timeoutMs;
        KernelTask self = Scheduler.Current;
        Cpu.DisableInterrupts();
        while ((stack.TcpReadiness(handle) & events) == 0 && Clock.Milliseconds < deadline && !self.BreakRequested)
            _activity.WaitUntil(deadline);
        Cpu.EnableInterrupts();
        return (stack.TcpReadiness(handle) & events) != 0;
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
            if (accepted != WouldBlock || now >= deadline
                || !WaitForTcp(stack, handle, SocketEvents.Writable | SocketEvents.Closed, deadline - now))
                break;
        }
        return sent;
    }
}
