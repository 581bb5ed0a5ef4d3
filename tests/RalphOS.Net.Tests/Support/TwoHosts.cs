// TwoHosts: two NetStack instances (10.99.0.1 and 10.99.0.2) joined by a SimLink with a
// shared fake clock, plus a run loop that advances simulated time: 1 ms steps while frames
// are in flight, otherwise straight to the next timer deadline.
using System;
using RalphOS.Net.Iface;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Tests.Support;

public sealed class TwoHosts
{
    public static readonly Ipv4Address AddressA = new Ipv4Address(10, 99, 0, 1);
    public static readonly Ipv4Address AddressB = new Ipv4Address(10, 99, 0, 2);

    public readonly FakeClock Clock = new FakeClock();
    public readonly SimLink Link;
    public readonly NetStack A;
    public readonly NetStack B;

    public TwoHosts(int seed, double faultRate = 0, int tcpCapacity = 80, bool configure = true)
    {
        Clock.NowMs = 1000;
        Link = new SimLink(Clock, seed) { DropRate = faultRate, DuplicateRate = faultRate, ReorderRate = faultRate };
        A = new NetStack(Link.Ends[0], Clock, (uint)seed * 2 + 1, tcpCapacity);
        B = new NetStack(Link.Ends[1], Clock, (uint)seed * 2 + 2, tcpCapacity);
        Link.Receivers[0] = f => A.Receive(f);
        Link.Receivers[1] = f => B.Receive(f);
        if (configure)
        {
            A.Configure(Config(AddressA));
            B.Configure(Config(AddressB));
        }
    }

    public static Ipv4Config Config(Ipv4Address address) => new Ipv4Config
    {
        Address = address,
        Netmask = new Ipv4Address(255, 255, 255, 0),
        Gateway = new Ipv4Address(10, 99, 0, 254),
    };

    /// <summary>Runs until done() is true or maxMs of simulated time pass; returns done().
    /// done() is also where a test plays the applications (reads and writes). maxStepMs
    /// bounds the jumps to the next timer, for applications that act on their own schedule.</summary>
    public bool RunUntil(Func<bool> done, long maxMs, long maxStepMs = long.MaxValue)
    {
        long end = Clock.NowMs + maxMs;
        while (Clock.NowMs < end)
        {
            Link.DeliverDue();
            A.Poll();
            B.Poll();
            if (done()) return true;
            long next = Clock.NowMs + 1;
            if (Link.InFlight == 0)
            {
                long d = Earliest(A.NextDeadline(), B.NextDeadline());
                long cap = maxStepMs >= end - Clock.NowMs ? end : Clock.NowMs + maxStepMs;
                if (d < 0) next = Math.Max(next, cap);          // nothing scheduled at all
                else if (d > next) next = Math.Min(d, cap);
            }
            Clock.NowMs = next;
        }
        return done();
    }

    public void RunFor(long ms) => RunUntil(() => false, ms);

    static long Earliest(long a, long b) => a < 0 ? b : (b < 0 ? a : Math.Min(a, b));
}
