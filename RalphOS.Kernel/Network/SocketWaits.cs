// SocketWaits: how tasks block on sockets. The stack reports socket events through its
// waker (ISocketWaker) from the network task; every task waiting for a socket is woken and
// re-checks its own socket's readiness, so a task sleeps until its socket is ready instead
// of polling. A deadline bounds each wait.
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;
using RalphOS.Net.Iface;

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
}
