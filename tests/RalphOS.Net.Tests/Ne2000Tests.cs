// The NE2000 driver against FakeDp8390: reset and PROM, transmit, receive ring with wrap,
// overflow recovery, driver queue limits, and a NetStack running on top of it.
using System;
using RalphOS.Net.Drivers.Ne2000;
using RalphOS.Net.Iface;
using RalphOS.Net.Tests.Support;
using RalphOS.Net.Wire;
using Xunit;

namespace RalphOS.Net.Tests;

public class Ne2000Tests
{
    static readonly byte[] QemuMac = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };

    static (FakeDp8390 Card, Ne2000Driver Driver) Started()
    {
        var card = new FakeDp8390(Ne2000Driver.DefaultIoBase, QemuMac);
        var driver = new Ne2000Driver(card, Ne2000Driver.DefaultIoBase);
        Assert.Equal(Ne2000Status.Ok, driver.Initialize());
        return (card, driver);
    }

    static byte[] FrameTo(byte[] mac, int length, int seed)
    {
        byte[] frame = Bytes.Pattern(length, seed);
        Array.Copy(mac, frame, 6);
        frame[12] = 0x08; frame[13] = 0x00;
        return frame;
    }

    [Fact]
    public void InitializeResetsReadsPromAndStartsTheRing()
    {
        var (card, driver) = Started();
        Assert.Equal(1, card.Resets);
        Assert.Equal(new MacAddress(0x525400123456UL), driver.MacAddress);
        Assert.Equal(QemuMac, card.Par);
        Assert.Equal(Ne2000Driver.RingStartPage, card.Pstart);
        Assert.Equal(Ne2000Driver.RingStopPage, card.Pstop);
        Assert.Equal(Ne2000Driver.RingStartPage + 1, card.Curr);
        Assert.Equal(Dp8390.CrStart, card.Cr & (Dp8390.CrStart | Dp8390.CrStop));
        Assert.Equal(0, card.Tcr);
        Assert.Equal(Dp8390.RcrAcceptBroadcast, card.Rcr);
        Assert.NotEqual(0, card.Imr & Dp8390.IsrOverwrite);
    }

    [Fact]
    public void MissingCardIsReported()
    {
        var card = new FakeDp8390(Ne2000Driver.DefaultIoBase, QemuMac) { Present = false };
        Assert.Equal(Ne2000Status.NoCard, new Ne2000Driver(card, Ne2000Driver.DefaultIoBase).Initialize());
    }

    [Fact]
    public void TransmitCopiesThePaddedFrameAndStartsIt()
    {
        var (card, driver) = Started();
        byte[] small = FrameTo(new byte[] { 1, 2, 3, 4, 5, 6 }, 42, 1);
        byte[] large = FrameTo(new byte[] { 1, 2, 3, 4, 5, 6 }, 1514, 2);
        Assert.True(driver.Transmit(small));
        Assert.True(driver.Transmit(large));
        Assert.Equal(2, card.Transmitted.Count);
        Assert.Equal(60, card.Transmitted[0].Length);
        Assert.Equal(small, card.Transmitted[0][0..42]);
        Assert.All(card.Transmitted[0][42..], b => Assert.Equal(0, b));
        Assert.Equal(large, card.Transmitted[1]);
        Assert.Equal(2, driver.Counters.FramesTransmitted);
        Assert.False(driver.Transmit(new byte[1600]));
    }

    [Fact]
    public void ReceivedFramesComeOutInOrderAcrossManyRingWraps()
    {
        var (card, driver) = Started();
        var random = new Random(7);
        var buffer = new byte[2000];
        int seed = 0;
        for (int batch = 0; batch < 100; batch++)
        {
            int n = 1 + random.Next(4);
            var sent = new byte[n][];
            for (int i = 0; i < n; i++)
            {
                sent[i] = FrameTo(QemuMac, 60 + random.Next(1455), seed++);
                Assert.True(card.Inject(sent[i]));
            }
            Assert.True(card.InterruptLine);
            driver.HandleInterrupt();
            Assert.False(card.InterruptLine);
            for (int i = 0; i < n; i++)
            {
                int length = driver.TryReceive(buffer);
                Assert.Equal(sent[i], buffer[0..length]);
            }
            Assert.Equal(0, driver.TryReceive(buffer));
        }
        Assert.Equal(seed, driver.Counters.FramesReceived);
        Assert.True(seed * 700 > 4 * 14848); // the 58-page ring wrapped several times
    }

    [Fact]
    public void OverflowIsRecoveredWithoutLosingAcceptedFrames()
    {
        var (card, driver) = Started();
        int accepted = 0;
        while (card.Inject(FrameTo(QemuMac, 1514, accepted))) accepted++;
        Assert.NotEqual(0, card.Isr & Dp8390.IsrOverwrite);
        driver.HandleInterrupt();
        Assert.Equal(1, driver.Counters.Overflows);
        Assert.Equal(0, card.Isr & Dp8390.IsrOverwrite);
        Assert.Equal(0, card.Tcr); // back from loopback
        var buffer = new byte[2000];
        for (int i = 0; i < accepted; i++)
        {
            int length = driver.TryReceive(buffer);
            Assert.Equal(FrameTo(QemuMac, 1514, i), buffer[0..length]);
        }
        byte[] after = FrameTo(QemuMac, 100, 999);
        Assert.True(card.Inject(after));
        driver.HandleInterrupt();
        int got = driver.TryReceive(buffer);
        Assert.Equal(after, buffer[0..got]);
    }

    [Fact]
    public void FramesBeyondTheDriverQueueAreCountedAsDropped()
    {
        var (card, driver) = Started();
        // The driver queue is larger than the card's ring, so frames arrive in ring-sized
        // batches, each taken off the card by an interrupt, until the queue overflows.
        const int Batch = 16;
        int total = Ne2000Driver.ReceiveSlots + 4;
        for (int sent = 0; sent < total; sent += Batch)
        {
            for (int i = sent; i < total && i < sent + Batch; i++) Assert.True(card.Inject(FrameTo(QemuMac, 100, i)));
            driver.HandleInterrupt();
        }
        Assert.Equal(Ne2000Driver.ReceiveSlots, driver.FramesQueued);
        Assert.Equal(4, driver.Counters.FramesDropped);
    }

    [Fact]
    public void NetStackAnswersArpThroughTheDriver()
    {
        var (card, driver) = Started();
        var clock = new FakeClock();
        var stack = new NetStack(driver, clock, 1);
        stack.Configure(Ipv4Config.StaticDefault);
        card.Transmitted.Clear();
        byte[] request = new byte[60];
        var asker = new MacAddress(0x525400000002UL);
        new EthernetRepr { Destination = MacAddress.Broadcast, Source = asker, EtherType = EthernetRepr.EtherTypeArp }.Emit(request);
        new ArpRepr
        {
            Operation = ArpOperation.Request, SenderMac = asker, SenderIp = new Ipv4Address(10, 0, 2, 2),
            TargetIp = new Ipv4Address(10, 0, 2, 15),
        }.Emit(request.AsSpan(14));
        Assert.True(card.Inject(request));
        driver.HandleInterrupt();
        var frame = new byte[1600];
        int n;
        while ((n = driver.TryReceive(frame)) > 0) stack.Receive(frame.AsSpan(0, n));
        byte[] reply = Assert.Single(card.Transmitted);
        Assert.Equal(WireResult.Ok, ArpRepr.Parse(reply.AsSpan(14), out ArpRepr arp));
        Assert.Equal(ArpOperation.Reply, arp.Operation);
        Assert.Equal(driver.MacAddress, arp.SenderMac);
        Assert.Equal(asker, arp.TargetMac);
    }
}
