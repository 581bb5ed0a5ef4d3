// ArpCache: the neighbour table of RFC 826 with expiry (RFC 1122 2.3.2.1) plus a bounded
// queue of IPv4 packets waiting for an address (RFC 1122 2.3.2.2 asks to keep at least one;
// the seed dropped them). NetStack asks TryLookup before sending; on a miss it calls
// QueuePacket and sends a request when RequestDue says so; when a reply arrives it calls
// Insert and drains TakePending. All storage is allocated in the constructor.
using System;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Iface;

public sealed class ArpCache
{
    public const int Capacity = 32;
    /// <summary>Entries expire after a minute (RFC 1122 2.3.2.1 suggests timeouts of this order).</summary>
    public const int EntryLifetimeMs = 60000;
    public const int PendingSlots = 16;
    public const int MaxPendingPerAddress = 4;
    public const int RequestIntervalMs = 1000;
    /// <summary>After this many unanswered requests the queued packets are dropped.</summary>
    public const int MaxRequests = 3;

    readonly Ipv4Address[] _ip = new Ipv4Address[Capacity];
    readonly MacAddress[] _mac = new MacAddress[Capacity];
    readonly long[] _expiresAt = new long[Capacity];
    readonly bool[] _used = new bool[Capacity];

    readonly Ipv4Address[] _pendingHop = new Ipv4Address[PendingSlots];
    readonly byte[][] _pendingData = new byte[PendingSlots][];
    readonly int[] _pendingLength = new int[PendingSlots];
    readonly long[] _pendingOrder = new long[PendingSlots];
    readonly bool[] _pendingUsed = new bool[PendingSlots];
    long _nextOrder;

    readonly Ipv4Address[] _requestIp = new Ipv4Address[PendingSlots];
    readonly long[] _requestNextAt = new long[PendingSlots];
    readonly int[] _requestCount = new int[PendingSlots];
    readonly bool[] _requestUsed = new bool[PendingSlots];

    public long PacketsDroppedUnresolved { get; private set; }

    public ArpCache()
    {
        for (int i = 0; i < PendingSlots; i++) _pendingData[i] = new byte[EthernetRepr.Mtu];
    }

    public bool TryLookup(Ipv4Address ip, long nowMs, out MacAddress mac)
    {
        for (int i = 0; i < Capacity; i++)
        {
            if (!_used[i] || _ip[i] != ip) continue;
            if (nowMs >= _expiresAt[i]) { _used[i] = false; break; }
            mac = _mac[i];
            return true;
        }
        mac = MacAddress.Zero;
        return false;
    }

    /// <summary>Adds or refreshes an entry; when full, replaces the one closest to expiry.</summary>
    public void Insert(Ipv4Address ip, MacAddress mac, long nowMs)
    {
        int slot = -1;
        for (int i = 0; i < Capacity; i++) if (_used[i] && _ip[i] == ip) { slot = i; break; }
        if (slot < 0) for (int i = 0; i < Capacity; i++) if (!_used[i]) { slot = i; break; }
        if (slot < 0)
        {
            slot = 0;
            for (int i = 1; i < Capacity; i++) if (_expiresAt[i] < _expiresAt[slot]) slot = i;
        }
        _used[slot] = true; _ip[slot] = ip; _mac[slot] = mac; _expiresAt[slot] = nowMs + EntryLifetimeMs;
        int r = FindRequest(ip);
        if (r >= 0) _requestUsed[r] = false;
    }

    /// <summary>Passive confirmation (RFC 1122 2.3.2.1 lets traffic from the neighbour count):
    /// an IPv4 frame from ip sent by the cached hardware address extends that entry's life.</summary>
    public void Confirm(Ipv4Address ip, MacAddress mac, long nowMs)
    {
        for (int i = 0; i < Capacity; i++)
            if (_used[i] && _ip[i] == ip && _mac[i] == mac && nowMs < _expiresAt[i]) _expiresAt[i] = nowMs + EntryLifetimeMs;
    }

    public bool Contains(Ipv4Address ip)
    {
        for (int i = 0; i < Capacity; i++) if (_used[i] && _ip[i] == ip) return true;
        return false;
    }

    public ArpQueueResult QueuePacket(Ipv4Address nextHop, ReadOnlySpan<byte> ipPacket, long nowMs)
    {
        if (ipPacket.Length > EthernetRepr.Mtu) return ArpQueueResult.TooLarge;
        int forHop = 0, free = -1;
        for (int i = 0; i < PendingSlots; i++)
        {
            if (_pendingUsed[i] && _pendingHop[i] == nextHop) forHop++;
            if (!_pendingUsed[i] && free < 0) free = i;
        }
        if (forHop >= MaxPendingPerAddress || free < 0) { PacketsDroppedUnresolved++; return ArpQueueResult.QueueFull; }
        if (FindRequest(nextHop) < 0)
        {
            int r = Array.IndexOf(_requestUsed, false);
            if (r < 0) { PacketsDroppedUnresolved++; return ArpQueueResult.QueueFull; }
            _requestUsed[r] = true; _requestIp[r] = nextHop; _requestNextAt[r] = nowMs; _requestCount[r] = 0;
        }
        ipPacket.CopyTo(_pendingData[free]);
        _pendingLength[free] = ipPacket.Length;
        _pendingHop[free] = nextHop;
        _pendingOrder[free] = _nextOrder++;
        _pendingUsed[free] = true;
        return ArpQueueResult.Queued;
    }

    /// <summary>Copies the oldest packet queued for nextHop into destination and frees its
    /// slot; returns its length, or 0 when none is left.</summary>
    public int TakePending(Ipv4Address nextHop, Span<byte> destination)
    {
        int best = -1;
        for (int i = 0; i < PendingSlots; i++)
            if (_pendingUsed[i] && _pendingHop[i] == nextHop && (best < 0 || _pendingOrder[i] < _pendingOrder[best])) best = i;
        if (best < 0) return 0;
        int n = _pendingLength[best];
        new Span<byte>(_pendingData[best], 0, n).CopyTo(destination);
        _pendingUsed[best] = false;
        return n;
    }

    /// <summary>Returns an address whose request is due now (and books the next retry);
    /// addresses that exhausted MaxRequests lose their queued packets.</summary>
    public bool RequestDue(long nowMs, out Ipv4Address ip)
    {
        for (int r = 0; r < PendingSlots; r++)
        {
            if (!_requestUsed[r] || nowMs < _requestNextAt[r]) continue;
            if (_requestCount[r] >= MaxRequests) { DropPending(_requestIp[r]); _requestUsed[r] = false; continue; }
            _requestCount[r]++;
            _requestNextAt[r] = nowMs + RequestIntervalMs;
            ip = _requestIp[r];
            return true;
        }
        ip = Ipv4Address.Any;
        return false;
    }

    public long NextDeadline()
    {
        long next = -1;
        for (int r = 0; r < PendingSlots; r++)
            if (_requestUsed[r] && (next < 0 || _requestNextAt[r] < next)) next = _requestNextAt[r];
        return next;
    }

    void DropPending(Ipv4Address ip)
    {
        for (int i = 0; i < PendingSlots; i++)
            if (_pendingUsed[i] && _pendingHop[i] == ip) { _pendingUsed[i] = false; PacketsDroppedUnresolved++; }
    }

    int FindRequest(Ipv4Address ip)
    {
        for (int r = 0; r < PendingSlots; r++) if (_requestUsed[r] && _requestIp[r] == ip) return r;
        return -1;
    }
}
