// DnsAnswer: what a successful lookup found: up to MaxAddresses IPv4 addresses in the
// server's order, the canonical name at the end of any CNAME chain, and the time to live
// (the smallest TTL of the records used). DnsReply fills it; DnsCache keeps copies.
using RalphOS.Net.Wire;

namespace RalphOS.Net.Dns;

public sealed class DnsAnswer
{
    public const int MaxAddresses = 8;

    public readonly Ipv4Address[] Addresses = new Ipv4Address[MaxAddresses];
    public int Count;
    public string CanonicalName;
    public uint TtlSeconds;

    public void Clear()
    {
        Count = 0;
        CanonicalName = null;
        TtlSeconds = 0;
    }

    public void Add(Ipv4Address address)
    {
        for (int i = 0; i < Count; i++)
            if (Addresses[i] == address) return;
        if (Count < MaxAddresses) Addresses[Count++] = address;
    }

    public void CopyFrom(DnsAnswer other)
    {
        Count = other.Count;
        for (int i = 0; i < Count; i++) Addresses[i] = other.Addresses[i];
        CanonicalName = other.CanonicalName;
        TtlSeconds = other.TtlSeconds;
    }
}
