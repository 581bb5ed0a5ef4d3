// Dp8390: register map and bit values of the National Semiconductor DP8390D network
// interface controller ("DP8390D/NS32490D NIC Network Interface Controller" datasheet,
// July 1995, "Register Descriptions"), and the NE2000 board's extra ports. Offsets are from the I/O base.
namespace RalphOS.Net.Drivers.Ne2000;

public static class Dp8390
{
    // Command register, every page (datasheet "Register Descriptions": CR).
    public const ushort Cr = 0x00;
    public const byte CrStop = 0x01;        // STP
    public const byte CrStart = 0x02;       // STA
    public const byte CrTransmit = 0x04;    // TXP
    public const byte CrRemoteRead = 0x08;  // RD0
    public const byte CrRemoteWrite = 0x10; // RD1
    public const byte CrNoDma = 0x20;       // RD2: abort/complete remote DMA
    public const byte CrPage0 = 0x00;
    public const byte CrPage1 = 0x40;       // PS0

    // Page 0 (datasheet "Register Address Mapping").
    public const ushort Pstart = 0x01;  // write
    public const ushort Pstop = 0x02;   // write
    public const ushort Bnry = 0x03;    // read/write
    public const ushort Tpsr = 0x04;    // write
    public const ushort Tsr = 0x04;     // read
    public const ushort Tbcr0 = 0x05;   // write
    public const ushort Tbcr1 = 0x06;   // write
    public const ushort Isr = 0x07;     // read/write (write 1 to clear)
    public const ushort Rsar0 = 0x08;   // write
    public const ushort Rsar1 = 0x09;   // write
    public const ushort Rbcr0 = 0x0A;   // write
    public const ushort Rbcr1 = 0x0B;   // write
    public const ushort Rcr = 0x0C;     // write
    public const ushort Tcr = 0x0D;     // write
    public const ushort Dcr = 0x0E;     // write
    public const ushort Imr = 0x0F;     // write
    public const ushort Cntr0 = 0x0D;   // read: frame alignment errors
    public const ushort Cntr1 = 0x0E;   // read: CRC errors
    public const ushort Cntr2 = 0x0F;   // read: missed packets

    // Page 1.
    public const ushort Par0 = 0x01;    // physical address, 6 registers
    public const ushort Curr = 0x07;    // current page: next page the NIC will write
    public const ushort Mar0 = 0x08;    // multicast hash, 8 registers

    // Interrupt status / mask bits (datasheet "Register Descriptions": ISR and IMR).
    public const byte IsrPacketReceived = 0x01;     // PRX
    public const byte IsrPacketTransmitted = 0x02;  // PTX
    public const byte IsrReceiveError = 0x04;       // RXE
    public const byte IsrTransmitError = 0x08;      // TXE
    public const byte IsrOverwrite = 0x10;          // OVW: receive ring full
    public const byte IsrCounterOverflow = 0x20;    // CNT
    public const byte IsrRemoteDmaComplete = 0x40;  // RDC
    public const byte IsrReset = 0x80;              // RST: NIC stopped / reset

    // Data configuration (DCR): word transfers, normal (not loopback) operation, FIFO threshold.
    public const byte DcrWordTransfer = 0x01;       // WTS
    public const byte DcrNormal = 0x08;             // LS
    public const byte DcrFifo8Bytes = 0x40;         // FT1

    // Receive configuration (RCR).
    public const byte RcrAcceptBroadcast = 0x04;    // AB
    public const byte RcrMonitor = 0x20;            // MON

    // Transmit configuration (TCR).
    public const byte TcrInternalLoopback = 0x02;   // LB0

    // Receive status (first byte of the ring header).
    public const byte RsrReceivedOk = 0x01;

    // NE2000 board (Novell NE2000 / QEMU ne2k_isa): data port and reset port.
    public const ushort DataPort = 0x10;
    public const ushort ResetPort = 0x1F;
    /// <summary>The board's 16 KiB buffer RAM spans pages 0x40-0x7F; the station address PROM
    /// is read by remote DMA from address 0, each byte doubled in word mode.</summary>
    public const byte MemoryStartPage = 0x40;
    public const byte MemoryStopPage = 0x80;
    public const int PageSize = 256;
}
