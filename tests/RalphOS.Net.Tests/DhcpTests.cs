// DHCP client against a fake QEMU-like server, the static fallback, and the wire format.
using System;
using RalphOS.Net.Dhcp;
using RalphOS.Net.Iface;
using RalphOS.Net.Tests.Support;
using RalphOS.Net.Wire;
using Xunit;

namespace RalphOS.Net.Tests;

public class DhcpTests
{
    static (NetStack Stack, FakeClock Clock, SimLink Link) NewClient(int seed)
    {
        var clock = new FakeClock { NowMs = 500 };
        var link = new SimLink(clock, seed);
        var stack = new NetStack(link.Ends[0], clock, (uint)seed);
        link.Receivers[0] = f => stack.Receive(f);
        return (stack, clock, link);
    }

    static bool Run(NetStack stack, FakeClock clock, SimLink link, Func<bool> done, long maxMs)
    {
        for (long t = 0; t < maxMs; t += 10)
        {
            link.DeliverDue();
            stack.Poll();
            if (done()) return true;
            clock.Advance(10);
        }
        return done();
    }

    [Fact]
    public void ConfiguresFromTheServer()
    {
        var (stack, clock, link) = NewClient(1);
        var server = new FakeDhcpServer(link.Ends[1]);
        link.Receivers[1] = server.OnFrame;
        stack.StartDhcp(Ipv4Config.StaticDefault);
        Assert.True(Run(stack, clock, link, () => stack.DhcpState == DhcpState.Bound, 5000));
        Assert.Equal(FakeDhcpServer.Offered, stack.Config.Address);
        Assert.Equal(new Ipv4Address(255, 255, 255, 0), stack.Config.Netmask);
        Assert.Equal(FakeDhcpServer.ServerIp, stack.Config.Gateway);
        Assert.Equal(new Ipv4Address(10, 0, 2, 3), stack.Config.DnsServer);
        Assert.Equal(1, server.Discovers);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public void NakRestartsDiscovery()
    {
        var (stack, clock, link) = NewClient(2);
        var server = new FakeDhcpServer(link.Ends[1]) { AnswerWithNak = true };
        link.Receivers[1] = server.OnFrame;
        stack.StartDhcp(Ipv4Config.StaticDefault);
        Assert.True(Run(stack, clock, link, () => stack.DhcpState == DhcpState.Bound, 10000));
        Assert.Equal(2, server.Discovers);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public void FallsBackToStaticWhenNobodyAnswers()
    {
        var (stack, clock, link) = NewClient(3);
        int discovers = 0;
        link.Receivers[1] = f => { if (f[12] == 0x08 && f[13] == 0x00) discovers++; };
        stack.StartDhcp(Ipv4Config.StaticDefault);
        Assert.False(stack.Config.IsConfigured);
        Assert.True(Run(stack, clock, link, () => stack.DhcpState == DhcpState.Fallback, 60000));
        Assert.Equal(new Ipv4Address(10, 0, 2, 15), stack.Config.Address);
        Assert.Equal(new Ipv4Address(10, 0, 2, 2), stack.Config.Gateway);
        Assert.Equal(DhcpClient.MaxAttempts, discovers);
    }

    [Fact]
    public void LeaseIsRenewedAtHalfTimeAndDiscoveryRestartsWhenItExpires()
    {
        var (stack, clock, link) = NewClient(4);
        var server = new FakeDhcpServer(link.Ends[1]) { LeaseSeconds = 60 };
        link.Receivers[1] = server.OnFrame;
        stack.StartDhcp(Ipv4Config.StaticDefault);
        Assert.True(Run(stack, clock, link, () => stack.DhcpState == DhcpState.Bound, 5000));
        Run(stack, clock, link, () => false, 29_000);
        Assert.Equal(0, server.Renewals);
        Assert.True(Run(stack, clock, link, () => server.Renewals == 1, 2_000));
        Assert.True(Run(stack, clock, link, () => stack.DhcpState == DhcpState.Bound, 1_000));
        server.Silent = true;
        Assert.True(Run(stack, clock, link, () => stack.DhcpState == DhcpState.Renewing, 31_000));
        Assert.True(Run(stack, clock, link, () => stack.DhcpState == DhcpState.Selecting, 61_000));
        Assert.Equal(FakeDhcpServer.Offered, stack.Config.Address); // kept while rediscovering
        server.Silent = false;
        Assert.True(Run(stack, clock, link, () => stack.DhcpState == DhcpState.Bound, 20_000));
        Assert.Equal(2, server.Discovers);
    }

    [Fact]
    public void DhcpReprRoundTripsAndRejectsBadOptions()
    {
        var repr = new DhcpRepr
        {
            Op = DhcpRepr.OpReply, TransactionId = 0xDEADBEEF, ClientHardware = new MacAddress(0x525400123456UL),
            YourIp = new Ipv4Address(10, 0, 2, 15), MessageType = DhcpMessageType.Ack, ServerIdentifier = new Ipv4Address(10, 0, 2, 2),
            SubnetMask = new Ipv4Address(255, 255, 255, 0), Router = new Ipv4Address(10, 0, 2, 2), LeaseTimeSeconds = 3600,
        };
        byte[] buffer = new byte[DhcpRepr.MaxMessageLength];
        int length = repr.Emit(buffer);
        Assert.Equal(DhcpRepr.MinMessageLength, length);
        Assert.Equal(WireResult.Ok, DhcpRepr.Parse(buffer.AsSpan(0, length), out DhcpRepr back));
        Assert.Equal(repr.TransactionId, back.TransactionId);
        Assert.Equal(repr.YourIp, back.YourIp);
        Assert.Equal(repr.MessageType, back.MessageType);
        Assert.Equal(repr.LeaseTimeSeconds, back.LeaseTimeSeconds);
        Assert.Equal(repr.ClientHardware, back.ClientHardware);
        for (int cut = 0; cut < DhcpRepr.OffsetOptions; cut++)
            Assert.NotEqual(WireResult.Ok, DhcpRepr.Parse(buffer.AsSpan(0, cut), out _));
        // An option whose length runs past the message.
        buffer[DhcpRepr.OffsetOptions] = 51; buffer[DhcpRepr.OffsetOptions + 1] = 200;
        Assert.Equal(WireResult.BadOptions, DhcpRepr.Parse(buffer.AsSpan(0, length), out _));
        // A message type option with a wrong length.
        buffer[DhcpRepr.OffsetOptions] = 53; buffer[DhcpRepr.OffsetOptions + 1] = 2;
        Assert.Equal(WireResult.BadOptions, DhcpRepr.Parse(buffer.AsSpan(0, length), out _));
    }
}
