// KernelNetClock: the network stack's clock (RalphOS.Net's IClock): milliseconds since boot.
using RalphOS.Kernel.Time;
using RalphOS.Net.Iface;

namespace RalphOS.Kernel.Network;

internal sealed class KernelNetClock : IClock
{
    public long NowMs => (long)Clock.Milliseconds;
}
