// SimLink: a seeded, fault-injecting Ethernet cable between two endpoints. Each frame is
// delayed; with the configured probabilities it is dropped, duplicated, or held back longer
// so later frames overtake it (reordering). Deterministic for a given seed.
using System;
using System.Collections.Generic;
using RalphOS.Net.Iface;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Tests.Support;

public sealed class SimLink
{
    readonly Random _random;
    readonly List<(long Due, long Order, int To, byte[] Frame)> _inFlight = new();
    readonly FakeClock _clock;
    long _order;

    public double DropRate, DuplicateRate, ReorderRate;
    public int DelayMs = 2;
    public int ReorderDelayMs = 12;
    public readonly SimDevice[] Ends = new SimDevice[2];
    public readonly Action<byte[]>[] Receivers = new Action<byte[]>[2];
    /// <summary>Optional filter: return false to drop a frame deliberately (side, frame).</summary>
    public Func<int, byte[], bool> Filter;
    public long Dropped, Duplicated, Reordered, Delivered;

    public SimLink(FakeClock clock, int seed)
    {
        _clock = clock;
        _random = new Random(seed);
        Ends[0] = new SimDevice(this, 0, new MacAddress(0x02_00_00_00_00_01UL));
        Ends[1] = new SimDevice(this, 1, new MacAddress(0x02_00_00_00_00_02UL));
    }

    public int InFlight => _inFlight.Count;

    internal void Send(int from, byte[] frame)
    {
        int to = 1 - from;
        if (Filter != null && !Filter(from, frame)) { Dropped++; return; }
        double r = _random.NextDouble();
        if (r < DropRate) { Dropped++; return; }
        long due = _clock.NowMs + DelayMs;
        r = _random.NextDouble();
        if (r < ReorderRate) { due += 1 + _random.Next(ReorderDelayMs); Reordered++; }
        _inFlight.Add((due, _order++, to, frame));
        if (_random.NextDouble() < DuplicateRate)
        {
            _inFlight.Add((due + _random.Next(3), _order++, to, frame));
            Duplicated++;
        }
    }

    /// <summary>Delivers every frame due by now, earliest first.</summary>
    public void DeliverDue()
    {
        while (true)
        {
            int best = -1;
            for (int i = 0; i < _inFlight.Count; i++)
            {
                var f = _inFlight[i];
                if (f.Due > _clock.NowMs) continue;
                if (best < 0 || f.Due < _inFlight[best].Due || (f.Due == _inFlight[best].Due && f.Order < _inFlight[best].Order)) best = i;
            }
            if (best < 0) return;
            var frame = _inFlight[best];
            _inFlight.RemoveAt(best);
            Delivered++;
            Receivers[frame.To]?.Invoke(frame.Frame);
        }
    }
}

public sealed class SimDevice : INetworkDevice
{
    readonly SimLink _link;
    readonly int _side;
    public readonly List<byte[]> Sent = new();
    public bool Record;

    public SimDevice(SimLink link, int side, MacAddress mac) { _link = link; _side = side; MacAddress = mac; }

    public MacAddress MacAddress { get; }

    public bool Transmit(ReadOnlySpan<byte> frame)
    {
        byte[] copy = frame.ToArray();
        if (Record) Sent.Add(copy);
        _link.Send(_side, copy);
        return true;
    }
}
