// Ne2000Driver.Interrupt: the IRQ side. HandleInterrupt reads the ISR until it is quiet:
// received frames are copied from the ring into the driver's slots, the boundary pointer
// follows, a full ring (OVW) runs the DP8390D overflow recovery, transmit results and the
// tally counters are counted. Called from the kernel's IRQ 10 handler (and safe to poll).
using System;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Drivers.Ne2000;

public sealed partial class Ne2000Driver
{
    const int MaxInterruptRounds = 16;

    public void HandleInterrupt()
    {
        for (int round = 0; round < MaxInterruptRounds; round++)
        {
            byte isr = Read(Dp8390.Isr);
            if ((isr & ~Dp8390.IsrReset & 0xFF) == 0) return;
            if ((isr & Dp8390.IsrOverwrite) != 0) { RecoverFromOverflow(); continue; }
            if ((isr & (Dp8390.IsrPacketReceived | Dp8390.IsrReceiveError)) != 0)
            {
                if ((isr & Dp8390.IsrReceiveError) != 0) Counters.ReceiveErrors++;
                Write(Dp8390.Isr, (byte)(isr & (Dp8390.IsrPacketReceived | Dp8390.IsrReceiveError)));
                DrainRing();
            }
            if ((isr & Dp8390.IsrPacketTransmitted) != 0) Write(Dp8390.Isr, Dp8390.IsrPacketTransmitted);
            if ((isr & Dp8390.IsrTransmitError) != 0) { Counters.TransmitErrors++; Write(Dp8390.Isr, Dp8390.IsrTransmitError); }
            if ((isr & Dp8390.IsrCounterOverflow) != 0) { ReadTallies(); Write(Dp8390.Isr, Dp8390.IsrCounterOverflow); }
            if ((isr & Dp8390.IsrRemoteDmaComplete) != 0) Write(Dp8390.Isr, Dp8390.IsrRemoteDmaComplete);
        }
    }

    byte ReadCurrentPage()
    {
        Write(Dp8390.Cr, Dp8390.CrPage1 | Dp8390.CrNoDma | Dp8390.CrStart);
        byte current = Read(Dp8390.Curr);
        Write(Dp8390.Cr, Dp8390.CrPage0 | Dp8390.CrNoDma | Dp8390.CrStart);
        return current;
    }

    /// <summary>Takes every frame between our next page and CURR. Each starts with a 4-byte
    /// header: receive status, next page, byte count (including the header).</summary>
    void DrainRing()
    {
        int ringPages = RingStopPage - RingStartPage;
        for (int frames = 0; frames < ringPages; frames++)
        {
            if (_nextPage == ReadCurrentPage()) return;
            if (!ReadRemote(_nextPage * Dp8390.PageSize, _header)) { Counters.ReceiveErrors++; return; }
            byte next = _header[1];
            int count = _header[2] | (_header[3] << 8);
            int length = count - 4;
            if (next < RingStartPage || next >= RingStopPage || length < EthernetRepr.HeaderLength || length > MaxFrame)
            {
                // A corrupt header: nothing in the ring can be trusted; skip to CURR.
                Counters.ReceiveErrors++;
                SetBoundaryBefore(ReadCurrentPage());
                return;
            }
            if (_rxCount == ReceiveSlots) Counters.FramesDropped++;
            else if ((_header[0] & Dp8390.RsrReceivedOk) == 0) Counters.ReceiveErrors++;
            else
            {
                int slot = (_rxHead + _rxCount) % ReceiveSlots;
                // The remote DMA address wraps from PSTOP to PSTART like the local DMA does (QEMU's
                // ne2000 model too), so one read copies a frame that crosses the ring end.
                int even = (length + 1) & ~1;
                if (!ReadRemote(_nextPage * Dp8390.PageSize + 4, new Span<byte>(_rxSlots[slot], 0, even))) { Counters.ReceiveErrors++; return; }
                _rxLength[slot] = length;
                _rxCount++;
                Counters.FramesReceived++;
            }
            SetBoundaryBefore(next);
        }
    }

    /// <summary>BNRY trails the next unread page by one so the NIC never overwrites it.</summary>
    void SetBoundaryBefore(byte page)
    {
        _nextPage = page;
        Write(Dp8390.Bnry, (byte)(page == RingStartPage ? RingStopPage - 1 : page - 1));
    }

    /// <summary>Buffer ring overflow recovery, DP8390D datasheet section 7.0 "Packet
    /// Reception", steps 1-11. Step 3's 1.6 ms wait is replaced by polling ISR.RST (bounded),
    /// which the NIC sets once it has stopped.</summary>
    void RecoverFromOverflow()
    {
        Counters.Overflows++;
        bool wasTransmitting = (Read(Dp8390.Cr) & Dp8390.CrTransmit) != 0;           // 1: save TXP
        Write(Dp8390.Cr, Dp8390.CrPage0 | Dp8390.CrNoDma | Dp8390.CrStop);             // 2: STOP (21h)
        WaitIsr(Dp8390.IsrReset);                                                      // 3: wait until stopped
        Write(Dp8390.Rbcr0, 0);                                                        // 4: clear RBCR
        Write(Dp8390.Rbcr1, 0);
        bool resend = false;                                                           // 5: resend?
        if (wasTransmitting)
            resend = (Read(Dp8390.Isr) & (Dp8390.IsrPacketTransmitted | Dp8390.IsrTransmitError)) == 0;
        Write(Dp8390.Tcr, Dp8390.TcrInternalLoopback);                                 // 6: loopback mode 1
        Write(Dp8390.Cr, Dp8390.CrPage0 | Dp8390.CrNoDma | Dp8390.CrStart);            // 7: START (22h)
        DrainRing();                                                                   // 8: empty the ring
        Write(Dp8390.Isr, Dp8390.IsrOverwrite | Dp8390.IsrPacketReceived);             // 9: clear OVW
        Write(Dp8390.Tcr, 0);                                                          // 10: normal TCR
        if (resend) Write(Dp8390.Cr, Dp8390.CrPage0 | Dp8390.CrNoDma | Dp8390.CrStart | Dp8390.CrTransmit); // 11
    }

    void ReadTallies()
    {
        Counters.FrameAlignmentErrors += Read(Dp8390.Cntr0);
        Counters.CrcErrors += Read(Dp8390.Cntr1);
        Counters.MissedFrames += Read(Dp8390.Cntr2);
    }
}
