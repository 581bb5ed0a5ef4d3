// DnsCache: answers kept until their time to live runs out (RFC 1035 section 7.4), so a
// program that fetches the same host in a loop asks the server once per TTL. Bounded: when
// full, an expired entry or else the one closest to expiry makes room. TTLs are capped at
// MaxTtlSeconds so a typo'd record does not stick for days. Failures are not cached.
// The kernel's resolver owns one; host tests drive it with made-up times.
using System.Collections.Generic;

namespace RalphOS.Net.Dns;

public sealed class DnsCache
{
    public const int Capacity = 64;
    public const uint MaxTtlSeconds = 24 * 60 * 60;

    readonly Dictionary<string, DnsAnswer> _answers = new Dictionary<string, DnsAnswer>();
    readonly Dictionary<string, long> _expiresAt = new Dictionary<string, long>();

    public int Count => _answers.Count;
    public long Hits { get; private set; }
    public long Misses { get; private set; }

    /// <summary>Copies a live answer for the (normalized) name into answer.</summary>
    public bool TryGet(string name, long nowMs, DnsAnswer answer)
    {
        if (name != null && _expiresAt.TryGetValue(name, out long expiresAt))
        {
            if (nowMs < expiresAt)
            {
                answer.CopyFrom(_answers[name]);
                Hits++;
                return true;
            }
            Remove(name);
        }
        Misses++;
        return false;
    }

    /// <summary>Keeps a copy of answer for its TTL (nothing for a TTL of zero).</summary>
    public void Store(string name, DnsAnswer answer, long nowMs)
    {
        if (answer.TtlSeconds == 0 || answer.Count == 0) return;
        if (!_answers.ContainsKey(name) && _answers.Count >= Capacity) Remove(Victim(nowMs));
        var copy = new DnsAnswer();
        copy.CopyFrom(answer);
        uint ttl = answer.TtlSeconds > MaxTtlSeconds ? MaxTtlSeconds : answer.TtlSeconds;
        _answers[name] = copy;
        _expiresAt[name] = nowMs + (long)ttl * 1000;
    }

    public void Clear()
    {
        _answers.Clear();
        _expiresAt.Clear();
    }

    string Victim(long nowMs)
    {
        string victim = null;
        long soonest = long.MaxValue;
        foreach (KeyValuePair<string, long> entry in _expiresAt)
        {
            if (entry.Value <= nowMs) return entry.Key;
            if (entry.Value < soonest) { soonest = entry.Value; victim = entry.Key; }
        }
        return victim;
    }

    void Remove(string name)
    {
        _answers.Remove(name);
        _expiresAt.Remove(name);
    }
}
