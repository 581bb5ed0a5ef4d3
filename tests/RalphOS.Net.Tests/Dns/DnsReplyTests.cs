// DnsReplyTests: the reply parser (DnsReply) and the query builder (DnsQuery) against
// messages written byte by byte (DnsReplyBuilder): A records, several answers, CNAME chains
// in any order, compression, the RCODEs and TC, and replies broken in every way we know.
using System;
using RalphOS.Net.Dns;
using RalphOS.Net.Wire;
using Xunit;

namespace RalphOS.Net.Tests.Dns;

public class DnsReplyTests
{
    private const ushort Id = 0x1234;

    private static DnsStatus Parse(byte[] reply, DnsAnswer answer, string name = "web.test") =>
        DnsReply.Parse(reply, Id, name, answer);

    [Fact]
    public void TheQueryIsOneRecursiveAQuestionInLabels()
    {
        var query = new byte[512];
        int length = DnsQuery.Build(query, Id, "Web.Example.");
        byte[] expected =
        {
            0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0,
            3, (byte)'w', (byte)'e', (byte)'b', 7, (byte)'e', (byte)'x', (byte)'a', (byte)'m', (byte)'p', (byte)'l', (byte)'e', 0,
            0, 1, 0, 1,
        };
        Assert.Equal(expected, query.AsSpan(0, length).ToArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("a..b")]
    [InlineData("has space.test")]
    [InlineData("10.0.2.2/8")]
    public void TextThatIsNotAHostNameIsRefused(string name)
    {
        Assert.Equal(-1, DnsQuery.Build(new byte[512], Id, name));
        Assert.Null(DnsName.Normalize(name));
    }

    [Fact]
    public void LabelAndNameLengthLimitsAreEnforced()
    {
        Assert.NotNull(DnsName.Normalize(new string('a', 63) + ".test"));
        Assert.Null(DnsName.Normalize(new string('a', 64) + ".test"));
        string longName = string.Join(".", new[] { new string('a', 63), new string('b', 63), new string('c', 63), new string('d', 62) });
        Assert.Null(DnsName.Normalize(longName));
    }

    [Fact]
    public void AnARecordGivesItsAddressAndTtl()
    {
        var answer = new DnsAnswer();
        byte[] reply = new DnsReplyBuilder(Id, "web.test").A("web.test", "10.0.2.2", ttl: 60).Bytes;
        Assert.Equal(DnsStatus.Ok, Parse(reply, answer));
        Assert.Equal(1, answer.Count);
        Assert.Equal(new Ipv4Address(10, 0, 2, 2), answer.Addresses[0]);
        Assert.Equal(60u, answer.TtlSeconds);
        Assert.Equal("web.test", answer.CanonicalName);
    }

    [Fact]
    public void SeveralAnswersKeepTheServersOrderAndTheSmallestTtl()
    {
        var answer = new DnsAnswer();
        byte[] reply = new DnsReplyBuilder(Id, "web.test")
            .A("web.test", "192.0.2.3", 300).A("web.test", "192.0.2.1", 100).A("web.test", "192.0.2.2", 200).Bytes;
        Assert.Equal(DnsStatus.Ok, Parse(reply, answer));
        Assert.Equal(3, answer.Count);
        Assert.Equal("192.0.2.3", answer.Addresses[0].ToString());
        Assert.Equal("192.0.2.1", answer.Addresses[1].ToString());
        Assert.Equal(100u, answer.TtlSeconds);
    }

    [Fact]
    public void ACnameChainIsFollowedInAnyOrder()
    {
        var answer = new DnsAnswer();
        byte[] reply = new DnsReplyBuilder(Id, "www.test")
            .A("host.real.test", "10.0.2.2", 500)
            .Cname("alias.test", "host.real.test", 50)
            .A("other.test", "9.9.9.9")
            .Cname("www.test", "alias.test", 400).Bytes;
        Assert.Equal(DnsStatus.Ok, Parse(reply, answer, "www.test"));
        Assert.Equal(1, answer.Count);
        Assert.Equal("10.0.2.2", answer.Addresses[0].ToString());
        Assert.Equal("host.real.test", answer.CanonicalName);
        Assert.Equal(50u, answer.TtlSeconds);
    }

    [Fact]
    public void ACnameLoopIsMalformedAndAChainWithoutAddressIsNoAddress()
    {
        var answer = new DnsAnswer();
        byte[] loop = new DnsReplyBuilder(Id, "a.test").Cname("a.test", "b.test").Cname("b.test", "a.test").Bytes;
        Assert.Equal(DnsStatus.Malformed, Parse(loop, answer, "a.test"));
        byte[] dangling = new DnsReplyBuilder(Id, "a.test").Cname("a.test", "b.test").Bytes;
        Assert.Equal(DnsStatus.NoAddress, Parse(dangling, answer, "a.test"));
        Assert.Equal(DnsStatus.NoAddress, Parse(new DnsReplyBuilder(Id, "a.test").Bytes, answer, "a.test"));
    }

    [Theory]
    [InlineData(3, DnsStatus.NameNotFound)]
    [InlineData(2, DnsStatus.ServerFailure)]
    [InlineData(5, DnsStatus.Refused)]
    [InlineData(1, DnsStatus.ServerFailure)]
    public void ResponseCodesBecomeStatuses(int rcode, DnsStatus expected)
    {
        Assert.Equal(expected, Parse(new DnsReplyBuilder(Id, "web.test", rcode).Bytes, new DnsAnswer()));
    }

    [Fact]
    public void ATruncatedReplyIsRefusedEvenWithAnswers()
    {
        var answer = new DnsAnswer();
        byte[] reply = new DnsReplyBuilder(Id, "web.test", truncated: true).A("web.test", "10.0.2.2").Bytes;
        Assert.Equal(DnsStatus.Truncated, Parse(reply, answer));
        Assert.Equal(0, answer.Count);
    }

    [Fact]
    public void RepliesToOtherQuestionsOrIdsAreNotTaken()
    {
        var answer = new DnsAnswer();
        Assert.Equal(DnsStatus.NotOurs, DnsReply.Parse(new DnsReplyBuilder(0x9999, "web.test").A("web.test", "1.2.3.4").Bytes, Id, "web.test", answer));
        Assert.Equal(DnsStatus.Malformed, Parse(new DnsReplyBuilder(Id, "evil.test").A("evil.test", "1.2.3.4").Bytes, answer));
        Assert.Equal(DnsStatus.Malformed, Parse(new DnsReplyBuilder(Id, "web.test", qtype: 28).A("web.test", "1.2.3.4").Bytes, answer));
    }

    [Fact]
    public void BrokenRecordsAreMalformed()
    {
        var answer = new DnsAnswer();
        byte[] shortA = new DnsReplyBuilder(Id, "web.test").Raw(1, "web.test", new byte[] { 10, 0, 2 }).Bytes;
        Assert.Equal(DnsStatus.Malformed, Parse(shortA, answer));
        byte[] good = new DnsReplyBuilder(Id, "web.test").A("web.test", "10.0.2.2").Bytes;
        for (int length = 0; length < good.Length; length++)
            Assert.Equal(DnsStatus.Malformed, Parse(good.AsSpan(0, length).ToArray(), answer));
        byte[] query = good.AsSpan().ToArray();
        query[2] &= 0x7F; // QR clear: a query, not a reply
        Assert.Equal(DnsStatus.Malformed, Parse(query, answer));
    }

    [Fact]
    public void CompressionPointersThatLoopOrPointForwardAreRefused()
    {
        byte[] selfPointer = { 0xC0, 0x00 };
        Assert.False(DnsName.Read(selfPointer, 0, out _, out _));
        byte[] forward = { 0xC0, 0x02, 1, (byte)'a', 0 };
        Assert.False(DnsName.Read(forward, 0, out _, out _));
        byte[] backward = { 1, (byte)'a', 0, 1, (byte)'b', 0xC0, 0x00 };
        Assert.True(DnsName.Read(backward, 3, out string name, out int next));
        Assert.Equal("b.a", name);
        Assert.Equal(7, next);
        byte[] reserved = { 0x40, 0 };
        Assert.False(DnsName.Read(reserved, 0, out _, out _));
    }
}
