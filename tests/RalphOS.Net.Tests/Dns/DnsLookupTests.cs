// DnsLookupTests: the lookup's retries and timeouts on a simulated clock, which datagrams it
// reads, and the cache's time to live and bound.
using RalphOS.Net.Dns;
using RalphOS.Net.Wire;
using Xunit;

namespace RalphOS.Net.Tests.Dns;

public class DnsLookupTests
{
    private const ushort Id = 77;
    private static readonly Ipv4Address Server = new Ipv4Address(10, 0, 2, 3);

    private static DnsLookup NewLookup(string name = "web.test") => new DnsLookup(name, Id, Server, DnsHeader.ServerPort);

    [Fact]
    public void EachAttemptWaitsTwiceAsLongThenTheLookupTimesOut()
    {
        DnsLookup lookup = NewLookup();
        var query = new byte[512];
        long[] sentAt = new long[4];
        int sent = 0;
        for (long now = 0; now <= 10_000 && lookup.Status == DnsStatus.Pending; now += 10)
        {
            if (lookup.PollTransmit(now, query, out int length))
            {
                Assert.True(length > DnsHeader.Length);
                sentAt[sent++] = now;
            }
        }
        Assert.Equal(3, sent);
        Assert.Equal(new long[] { 0, 1000, 3000, 0 }, sentAt);
        Assert.Equal(DnsStatus.TimedOut, lookup.Status);
    }

    [Fact]
    public void AnAnswerFromTheServerEndsTheLookup()
    {
        DnsLookup lookup = NewLookup("Web.Test");
        Assert.True(lookup.PollTransmit(0, new byte[512], out _));
        byte[] reply = new DnsReplyBuilder(Id, "web.test").A("web.test", "10.0.2.2").Bytes;
        // The same bytes from another address or port are ignored (RFC 5452 9.1).
        lookup.Receive(reply, new Ipv4Address(10, 0, 2, 99), DnsHeader.ServerPort);
        lookup.Receive(reply, Server, 5353);
        Assert.Equal(DnsStatus.Pending, lookup.Status);
        Assert.Equal(2, lookup.Ignored);
        lookup.Receive(reply, Server, DnsHeader.ServerPort);
        Assert.Equal(DnsStatus.Ok, lookup.Status);
        Assert.Equal("10.0.2.2", lookup.Answer.Addresses[0].ToString());
        Assert.False(lookup.PollTransmit(5000, new byte[512], out _));
    }

    [Fact]
    public void AMalformedReplyIsIgnoredButReportedIfNothingBetterComes()
    {
        DnsLookup lookup = NewLookup();
        var query = new byte[512];
        lookup.PollTransmit(0, query, out _);
        lookup.Receive(new byte[] { 0, (byte)Id, 0x81 }, Server, DnsHeader.ServerPort);
        Assert.Equal(DnsStatus.Pending, lookup.Status);
        for (long now = 0; now < 10_000; now += 100)
            lookup.PollTransmit(now, query, out _);
        Assert.Equal(DnsStatus.Malformed, lookup.Status);
    }

    [Fact]
    public void NoServerOrABadNameEndsAtOnce()
    {
        Assert.Equal(DnsStatus.NoServer, new DnsLookup("web.test", Id, Ipv4Address.Any, 53).Status);
        Assert.Equal(DnsStatus.BadName, NewLookup("no spaces.test").Status);
        Assert.Equal("no DNS server configured", DnsStatusText.Describe(DnsStatus.NoServer));
    }

    [Fact]
    public void TheCacheKeepsAnAnswerForItsTtl()
    {
        var cache = new DnsCache();
        var answer = new DnsAnswer();
        answer.Add(new Ipv4Address(1, 2, 3, 4));
        answer.TtlSeconds = 30;
        cache.Store("web.test", answer, 1000);
        var found = new DnsAnswer();
        Assert.True(cache.TryGet("web.test", 30_999, found));
        Assert.Equal("1.2.3.4", found.Addresses[0].ToString());
        Assert.False(cache.TryGet("web.test", 31_000, found));
        Assert.Equal(0, cache.Count);
        answer.TtlSeconds = 0;
        cache.Store("zero.test", answer, 0);
        Assert.False(cache.TryGet("zero.test", 0, found));
    }

    [Fact]
    public void AFullCacheEvictsTheEntryClosestToExpiry()
    {
        var cache = new DnsCache();
        var answer = new DnsAnswer();
        answer.Add(new Ipv4Address(1, 2, 3, 4));
        for (int i = 0; i < DnsCache.Capacity; i++)
        {
            answer.TtlSeconds = (uint)(100 + i);
            cache.Store($"h{i}.test", answer, 0);
        }
        answer.TtlSeconds = 1000;
        cache.Store("new.test", answer, 0);
        Assert.Equal(DnsCache.Capacity, cache.Count);
        var found = new DnsAnswer();
        Assert.False(cache.TryGet("h0.test", 0, found));
        Assert.True(cache.TryGet("h1.test", 0, found));
        Assert.True(cache.TryGet("new.test", 0, found));
    }
}
