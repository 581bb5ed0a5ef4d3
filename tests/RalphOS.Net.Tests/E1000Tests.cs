// The e1000 (82540EM) driver against FakeE1000 and FakeDmaRam: the initialization sequence
// (reset, MAC from EEPROM or RAL/RAH, rings, interrupt mask), failures (no card, reset
// timeout, no memory), transmit, receive, both rings wrapping, a full receive ring, a full
// transmit ring, bad frames, link down and up, and a NetStack answering ARP through it.
using System;
using System.Linq;
using RalphOS.Net.Drivers.E1000;
using RalphOS.Net.Iface;
using RalphOS.Net.Tests.Support;
using RalphOS.Net.Wire;
using Xunit;

namespace RalphOS.Net.Tests;

public class E1000Tests
{
    static readonly byte[] QemuMac = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x57 };
    const int RamSize = 1 << 20;

    static (FakeE1000 Card, E1000Driver Driver) Started()
    {
        var ram = new FakeDmaRam(RamSize);
        var card = new FakeE1000(ram, QemuMac);
        var driver = new E1000Driver(card, ram);
        Assert.Equal(E1000Status.Ok, driver.Initialize());
        return (card, driver);
    }

    static byte[] FrameTo(byte[] mac, int length, int seed)
    {
        byte[] frame = Bytes.Pattern(length, seed);
        Array.Copy(mac, frame, 6);
        frame[12] = 0x08; frame[13] = 0x00;
        return frame;
    }

    static byte[] Receive(E1000Driver driver)
    {
        var buffer = new byte[2048];
        int n = driver.TryReceive(buffer);
        return n == 0 ? null : buffer.AsSpan(0, n).ToArray();
    }

    [Fact]
    public void InitializeResetsReadsTheMacAndStartsBothRings()
    {
        var (card, driver) = Started();
        Assert.Equal(1, card.Resets);
        Assert.Equal(new MacAddress(0x525400123457UL), driver.MacAddress);
        Assert.Equal("EEPROM", driver.MacSource);
        Assert.Equal(0x12005452u, card.Register(0x5400));                 // RAL0: bytes 0-3
        Assert.Equal(0x8000_5734u, card.Register(0x5404));                // RAH0: bytes 4-5, AV
        Assert.Equal((uint)E1000Driver.ReceiveDescriptors * 16, card.Register(0x2808));
        Assert.Equal((uint)E1000Driver.TransmitDescriptors * 16, card.Register(0x3808));
        Assert.Equal((uint)E1000Driver.ReceiveDescriptors - 1, card.Register(0x2818)); // RDT: all but one buffer
        Assert.Equal(0u, card.Register(0x3818));                          // TDT
        uint rctl = card.Register(0x0100);
        Assert.True((rctl & (1u << 1)) != 0, "receive enabled");
        Assert.True((rctl & (1u << 15)) != 0, "broadcasts accepted");
        Assert.True((rctl & (1u << 26)) != 0, "CRC stripped");
        Assert.True((card.Register(0x0400) & (1u << 1)) != 0, "transmit enabled");
        uint ims = card.Register(0x00D0);
        Assert.True((ims & (1u << 7)) != 0, "RXT0 unmasked");
        Assert.True((ims & (1u << 2)) != 0, "LSC unmasked");
        Assert.True(driver.LinkUp);
        Assert.Equal(1000, driver.SpeedMbps);
        // Setting the link up raised LSC; servicing it lowers the line, and the link it
        // reports is the one the driver already knew.
        driver.HandleInterrupt();
        Assert.False(card.InterruptLine);
        Assert.Equal(0, driver.Counters.LinkChanges);
    }

    [Fact]
    public void MissingCardIsReported()
    {
        var ram = new FakeDmaRam(RamSize);
        var card = new FakeE1000(ram, QemuMac) { Present = false };
        Assert.Equal(E1000Status.NoDevice, new E1000Driver(card, ram).Initialize());
    }

    [Fact]
    public void AResetThatNeverEndsIsATimeoutNotAHang()
    {
        var ram = new FakeDmaRam(RamSize);
        var card = new FakeE1000(ram, QemuMac) { ResetReads = int.MaxValue };
        Assert.Equal(E1000Status.ResetTimeout, new E1000Driver(card, ram).Initialize());
    }

    [Fact]
    public void WithoutAnEepromTheMacComesFromTheReceiveAddressRegisters()
    {
        var ram = new FakeDmaRam(RamSize);
        var card = new FakeE1000(ram, QemuMac) { EepromAnswers = false };
        var driver = new E1000Driver(card, ram);
        Assert.Equal(E1000Status.Ok, driver.Initialize());
        Assert.Equal(new MacAddress(0x525400123457UL), driver.MacAddress);
        Assert.Equal("RAL/RAH", driver.MacSource);
    }

    [Fact]
    public void AnUnusableMacIsRefused()
    {
        var ram = new FakeDmaRam(RamSize);
        var card = new FakeE1000(ram, new byte[] { 0x01, 0, 0x5E, 0, 0, 1 });  // multicast
        Assert.Equal(E1000Status.NoMacAddress, new E1000Driver(card, ram).Initialize());
    }

    [Fact]
    public void TooLittleMemoryForTheRingsIsReported()
    {
        var ram = new FakeDmaRam(64 * 1024);
        var card = new FakeE1000(ram, QemuMac);
        Assert.Equal(E1000Status.NoMemory, new E1000Driver(card, ram).Initialize());
    }

    [Fact]
    public void TransmitHandsTheFrameToTheCardIntact()
    {
        var (card, driver) = Started();
        byte[] small = FrameTo(new byte[] { 1, 2, 3, 4, 5, 6 }, 42, 1);
        byte[] large = FrameTo(new byte[] { 1, 2, 3, 4, 5, 6 }, 1514, 2);
        Assert.True(driver.Transmit(small));
        Assert.True(driver.Transmit(large));
        Assert.Equal(2, card.Sent.Count);
        Assert.Equal(small, card.Sent[0]);                                // the card pads (TCTL.PSP)
        Assert.Equal(large, card.Sent[1]);
        Assert.Equal(2u, card.Register(0x3818));
        Assert.Equal(2, driver.Counters.FramesTransmitted);
        Assert.Equal(0, driver.FramesInFlight);
        Assert.False(driver.Transmit(new byte[1515]));
        Assert.Equal(2, card.Sent.Count);
    }

    [Fact]
    public void ReceivedFramesRaiseTheInterruptAndComeOutInOrder()
    {
        var (card, driver) = Started();
        byte[] first = FrameTo(QemuMac, 60, 3), second = FrameTo(QemuMac, 1514, 4);
        Assert.Null(Receive(driver));
        Assert.True(card.Deliver(first));
        Assert.True(card.Deliver(second));
        Assert.True(card.InterruptLine);
        driver.HandleInterrupt();
        Assert.False(card.InterruptLine);
        Assert.Equal(2, driver.FramesQueued);
        Assert.Equal(first, Receive(driver));
        Assert.Equal(second, Receive(driver));
        Assert.Null(Receive(driver));
        Assert.Equal(0, driver.FramesQueued);
        Assert.Equal(1u, card.Register(0x2818));                          // RDT follows the last one given back
    }

    [Fact]
    public void TheReceiveTailIsWrittenPerBatchNotPerFrame()
    {
        var (card, driver) = Started();
        int writesAtStart = card.TailWrites;
        for (int i = 0; i < 40; i++)
            Assert.True(card.Deliver(FrameTo(QemuMac, 60, i)));
        for (int i = 0; i < 40; i++)
            Assert.Equal(FrameTo(QemuMac, 60, i), Receive(driver));
        Assert.Null(Receive(driver));
        Assert.InRange(card.TailWrites - writesAtStart, 1, 3);             // 16, 32, then the rest when empty
        Assert.Equal(39u, card.Register(0x2818));                         // every buffer back with the card
    }

    [Fact]
    public void BothRingsWrapAroundManyTimes()
    {
        var (card, driver) = Started();
        int total = E1000Driver.ReceiveDescriptors * 3 + 5;
        int received = 0, delivered = 0;
        while (delivered < total)
        {
            // Bursts of 50 then a drain, so the indices pass the ring's end at odd places.
            for (int i = 0; i < 50 && delivered < total; i++)
                Assert.True(card.Deliver(FrameTo(QemuMac, 60 + delivered % 1400, delivered++)));
            driver.HandleInterrupt();
            byte[] frame;
            while ((frame = Receive(driver)) != null)
            {
                Assert.Equal(FrameTo(QemuMac, 60 + received % 1400, received), frame);
                received++;
            }
        }
        Assert.Equal(total, received);
        int sent = E1000Driver.TransmitDescriptors * 3 + 7;
        for (int i = 0; i < sent; i++)
            Assert.True(driver.Transmit(FrameTo(new byte[] { 2, 0, 0, 0, 0, 1 }, 100 + i, i)));
        Assert.Equal(sent, card.Sent.Count);
        for (int i = 0; i < sent; i++)
            Assert.Equal(FrameTo(new byte[] { 2, 0, 0, 0, 0, 1 }, 100 + i, i), card.Sent[i]);
        Assert.Equal((uint)(sent % E1000Driver.TransmitDescriptors), card.Register(0x3818));
    }

    [Fact]
    public void AFullReceiveRingDropsAtTheCardAndRecovers()
    {
        var (card, driver) = Started();
        int accepted = 0;
        while (card.Deliver(FrameTo(QemuMac, 64, accepted))) accepted++;
        Assert.Equal(E1000Driver.ReceiveDescriptors - 1, accepted);       // one buffer stays ours
        Assert.Equal(1, card.DroppedForNoBuffer);
        driver.HandleInterrupt();
        Assert.Equal(1, driver.Counters.Overruns);
        for (int i = 0; i < accepted; i++)
            Assert.Equal(FrameTo(QemuMac, 64, i), Receive(driver));
        Assert.True(card.Deliver(FrameTo(QemuMac, 64, 999)));
        Assert.Equal(FrameTo(QemuMac, 64, 999), Receive(driver));
    }

    [Fact]
    public void AFullTransmitRingRefusesFramesUntilTheCardCatchesUp()
    {
        var (card, driver) = Started();
        card.TransmitStalled = true;
        int queued = 0;
        while (driver.Transmit(FrameTo(new byte[] { 2, 0, 0, 0, 0, 1 }, 80, queued))) queued++;
        Assert.Equal(E1000Driver.TransmitDescriptors - 1, queued);
        Assert.Equal(1, driver.Counters.TransmitRingFull);
        Assert.Equal(queued, driver.FramesInFlight);
        card.ResumeTransmit();
        Assert.Equal(queued, card.Sent.Count);
        Assert.Equal(0, driver.FramesInFlight);
        Assert.True(driver.Transmit(FrameTo(new byte[] { 2, 0, 0, 0, 0, 1 }, 80, 1000)));
        Assert.Equal(queued + 1, card.Sent.Count);
    }

    [Fact]
    public void FramesWithErrorsAreDroppedAndCounted()
    {
        var (card, driver) = Started();
        Assert.True(card.DeliverWithCrcError(FrameTo(QemuMac, 100, 1)));
        Assert.True(card.Deliver(FrameTo(QemuMac, 100, 2)));
        Assert.Equal(FrameTo(QemuMac, 100, 2), Receive(driver));
        Assert.Equal(1, driver.Counters.ReceiveErrors);
        Assert.Equal(1, driver.Counters.FramesReceived);
        Assert.Null(Receive(driver));
    }

    [Fact]
    public void LinkDownStopsTransmitAndLinkUpRestoresIt()
    {
        var (card, driver) = Started();
        card.SetCable(false);
        Assert.True(card.InterruptLine);
        driver.HandleInterrupt();
        Assert.False(driver.LinkUp);
        Assert.Equal(1, driver.Counters.LinkChanges);
        Assert.False(driver.Transmit(FrameTo(new byte[] { 2, 0, 0, 0, 0, 1 }, 60, 1)));
        Assert.Equal(1, driver.Counters.NoCarrier);
        Assert.Empty(card.Sent);
        Assert.False(card.Deliver(FrameTo(QemuMac, 60, 2)));
        card.SetCable(true);
        driver.HandleInterrupt();
        Assert.True(driver.LinkUp);
        Assert.Equal(2, driver.Counters.LinkChanges);
        Assert.True(driver.Transmit(FrameTo(new byte[] { 2, 0, 0, 0, 0, 1 }, 60, 3)));
        Assert.Single(card.Sent);
    }

    [Fact]
    public void AMissedLinkInterruptDoesNotKeepTheLinkDown()
    {
        var (card, driver) = Started();
        card.SetCable(false);
        driver.HandleInterrupt();
        card.SetCable(true);                                              // its LSC is never serviced
        Assert.True(driver.Transmit(FrameTo(new byte[] { 2, 0, 0, 0, 0, 1 }, 60, 3)));
        Assert.Single(card.Sent);
    }

    [Fact]
    public void NetStackAnswersArpThroughTheDriver()
    {
        var (card, driver) = Started();
        var stack = new NetStack(driver, new FakeClock(), 1);
        stack.Configure(Ipv4Config.StaticDefault);
        card.Sent.Clear();
        byte[] request = new byte[60];
        var asker = new MacAddress(0x525400000002UL);
        new EthernetRepr { Destination = MacAddress.Broadcast, Source = asker, EtherType = EthernetRepr.EtherTypeArp }.Emit(request);
        new ArpRepr
        {
            Operation = ArpOperation.Request, SenderMac = asker, SenderIp = new Ipv4Address(10, 0, 2, 2),
            TargetIp = new Ipv4Address(10, 0, 2, 15),
        }.Emit(request.AsSpan(14));
        Assert.True(card.Deliver(request));
        driver.HandleInterrupt();
        byte[] frame;
        while ((frame = Receive(driver)) != null) stack.Receive(frame);
        byte[] reply = Assert.Single(card.Sent);
        Assert.Equal(WireResult.Ok, ArpRepr.Parse(reply.AsSpan(14), out ArpRepr arp));
        Assert.Equal(ArpOperation.Reply, arp.Operation);
        Assert.Equal(driver.MacAddress, arp.SenderMac);
        Assert.Equal(asker, arp.TargetMac);
    }
}
