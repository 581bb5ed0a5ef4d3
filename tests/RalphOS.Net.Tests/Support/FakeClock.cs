// FakeClock: simulated milliseconds for deterministic tests.
using RalphOS.Net.Iface;

namespace RalphOS.Net.Tests.Support;

public sealed class FakeClock : IClock
{
    public long NowMs { get; set; }
    public void Advance(long ms) => NowMs += ms;
}
