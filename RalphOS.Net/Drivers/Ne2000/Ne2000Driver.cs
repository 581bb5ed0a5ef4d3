// Ne2000Driver: the NE2000 (DP8390) ISA Ethernet card, as QEMU's ne2k_isa (I/O 0x300, IRQ 10).
// Initialize resets the card, reads the MAC from the PROM, sets up the receive ring and starts
// it. Transmit copies a frame to the card's transmit pages with "rep outsw" and starts it.
// HandleInterrupt (called by the kernel's IRQ 10 handler) drains the receive ring with
// "rep insw" into buffers the driver owns, recovers from ring overflow by the datasheet's
// procedure, and counts everything. NetStack reads frames with TryReceive.
using System;
using RalphOS.Hardware;
using RalphOS.Net.Iface;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Drivers.Ne2000;

public sealed partial class Ne2000Driver : INetworkCard
{
    public const ushort DefaultIoBase = 0x300;
    public const int DefaultIrq = 10;
    /// <summary>Transmit buffer: six pages (1536 bytes) at the start of the card's RAM.</summary>
    public const byte TransmitPage = Dp8390.MemoryStartPage;
    public const byte RingStartPage = Dp8390.MemoryStartPage + 6;
    public const byte RingStopPage = Dp8390.MemoryStopPage;
    // Frames taken off the card wait here for the network task: enough to absorb a burst
    // (the card's own ring holds only about six full-size frames) while it is busy.
    public const int ReceiveSlots = 64;
    const int MaxFrame = EthernetRepr.MaxFrameLength + 4; // allow a trailing FCS
    const int PollLimit = 100000;                          // bounded busy-waits

    readonly IPortIo _io;
    readonly ushort _base;
    readonly byte[] _txBuffer = new byte[EthernetRepr.MaxFrameLength + 1];
    readonly byte[][] _rxSlots = new byte[ReceiveSlots][];
    readonly int[] _rxLength = new int[ReceiveSlots];
    readonly byte[] _header = new byte[4];
    int _rxHead, _rxCount;
    byte _nextPage;
    MacAddress _mac;

    public Ne2000Counters Counters { get; } = new Ne2000Counters();
    public MacAddress MacAddress => _mac;
    public int FramesQueued => _rxCount;

    public Ne2000Driver(IPortIo io, ushort ioBase)
    {
        _io = io;
        _base = ioBase;
        for (int i = 0; i < ReceiveSlots; i++) _rxSlots[i] = new byte[MaxFrame];
    }

    byte Read(ushort register) => _io.In8((ushort)(_base + register));
    void Write(ushort register, byte value) => _io.Out8((ushort)(_base + register), value);

    public Ne2000Status Initialize()
    {
        // An empty ISA slot reads as all ones.
        if (Read(Dp8390.Cr) == 0xFF) return Ne2000Status.NoCard;
        // Reading then writing the reset port pulses the board's reset line; the NIC then
        // reports RST in the ISR.
        _io.Out8((ushort)(_base + Dp8390.ResetPort), _io.In8((ushort)(_base + Dp8390.ResetPort)));
        if (!WaitIsr(Dp8390.IsrReset)) return Ne2000Status.NoCard;
        Write(Dp8390.Isr, 0xFF);

        // Initialization sequence (DP8390D datasheet, "Initialization Procedures").
        Write(Dp8390.Cr, Dp8390.CrPage0 | Dp8390.CrNoDma | Dp8390.CrStop);
        Write(Dp8390.Dcr, Dp8390.DcrWordTransfer | Dp8390.DcrNormal | Dp8390.DcrFifo8Bytes);
        Write(Dp8390.Rbcr0, 0);
        Write(Dp8390.Rbcr1, 0);
        Write(Dp8390.Rcr, Dp8390.RcrMonitor);
        Write(Dp8390.Tcr, Dp8390.TcrInternalLoopback);
        Write(Dp8390.Pstart, RingStartPage);
        Write(Dp8390.Pstop, RingStopPage);
        Write(Dp8390.Bnry, RingStartPage);
        Write(Dp8390.Isr, 0xFF);
        Write(Dp8390.Imr, 0);

        Span<byte> prom = stackalloc byte[12];
        if (!ReadRemote(0, prom)) return Ne2000Status.DmaTimeout;
        ulong mac = 0;
        for (int i = 0; i < MacAddress.Length; i++) mac = (mac << 8) | prom[i * 2]; // word mode doubles each byte
        _mac = new MacAddress(mac);

        Write(Dp8390.Cr, Dp8390.CrPage1 | Dp8390.CrNoDma | Dp8390.CrStop);
        for (int i = 0; i < MacAddress.Length; i++) Write((ushort)(Dp8390.Par0 + i), _mac[i]);
        for (int i = 0; i < 8; i++) Write((ushort)(Dp8390.Mar0 + i), 0);
        _nextPage = RingStartPage + 1;
        Write(Dp8390.Curr, _nextPage);

        Write(Dp8390.Cr, Dp8390.CrPage0 | Dp8390.CrNoDma | Dp8390.CrStart);
        Write(Dp8390.Isr, 0xFF);
        Write(Dp8390.Imr, Dp8390.IsrPacketReceived | Dp8390.IsrPacketTransmitted | Dp8390.IsrReceiveError
            | Dp8390.IsrTransmitError | Dp8390.IsrOverwrite | Dp8390.IsrCounterOverflow);
        Write(Dp8390.Tcr, 0);
        Write(Dp8390.Rcr, Dp8390.RcrAcceptBroadcast);
        return Ne2000Status.Ok;
    }

    public bool Transmit(ReadOnlySpan<byte> frame)
    {
        if (frame.Length > EthernetRepr.MaxFrameLength) { Counters.TransmitErrors++; return false; }
        // One transmit buffer: wait (bounded) for the previous frame to leave.
        int spins = 0;
        while ((Read(Dp8390.Cr) & Dp8390.CrTransmit) != 0)
            if (++spins > PollLimit) { Counters.TransmitErrors++; return false; }
        int length = Math.Max(frame.Length, EthernetRepr.MinFrameLength);
        frame.CopyTo(_txBuffer);
        new Span<byte>(_txBuffer, frame.Length, length + 1 - frame.Length).Clear();
        int even = (length + 1) & ~1;
        if (!WriteRemote(TransmitPage * Dp8390.PageSize, new Span<byte>(_txBuffer, 0, even))) { Counters.TransmitErrors++; return false; }
        Write(Dp8390.Tpsr, TransmitPage);
        Write(Dp8390.Tbcr0, (byte)length);
        Write(Dp8390.Tbcr1, (byte)(length >> 8));
        Write(Dp8390.Cr, Dp8390.CrPage0 | Dp8390.CrNoDma | Dp8390.CrStart | Dp8390.CrTransmit);
        Counters.FramesTransmitted++;
        return true;
    }

    /// <summary>Copies the oldest received frame out; returns its length, or 0 if none.</summary>
    public int TryReceive(Span<byte> destination)
    {
        if (_rxCount == 0) return 0;
        int n = Math.Min(destination.Length, _rxLength[_rxHead]);
        new Span<byte>(_rxSlots[_rxHead], 0, n).CopyTo(destination);
        _rxHead = (_rxHead + 1) % ReceiveSlots;
        _rxCount--;
        return n;
    }

    bool WaitIsr(byte bit)
    {
        for (int i = 0; i < PollLimit; i++) if ((Read(Dp8390.Isr) & bit) != 0) return true;
        return false;
    }

    /// <summary>Remote DMA read (DP8390D datasheet, "Remote DMA"); length must be even.</summary>
    bool ReadRemote(int address, Span<byte> destination)
    {
        Write(Dp8390.Cr, Dp8390.CrPage0 | Dp8390.CrNoDma | Dp8390.CrStart);
        StartRemoteDma(address, destination.Length, Dp8390.CrRemoteRead);
        _io.InWords((ushort)(_base + Dp8390.DataPort), destination);
        bool done = WaitIsr(Dp8390.IsrRemoteDmaComplete);
        Write(Dp8390.Isr, Dp8390.IsrRemoteDmaComplete);
        return done;
    }

    bool WriteRemote(int address, ReadOnlySpan<byte> source)
    {
        Write(Dp8390.Cr, Dp8390.CrPage0 | Dp8390.CrNoDma | Dp8390.CrStart);
        Write(Dp8390.Isr, Dp8390.IsrRemoteDmaComplete);
        StartRemoteDma(address, source.Length, Dp8390.CrRemoteWrite);
        _io.OutWords((ushort)(_base + Dp8390.DataPort), source);
        bool done = WaitIsr(Dp8390.IsrRemoteDmaComplete);
        Write(Dp8390.Isr, Dp8390.IsrRemoteDmaComplete);
        return done;
    }

    // Byte count and start address of a remote DMA transfer, then the command that starts it.
    void StartRemoteDma(int address, int length, byte direction)
    {
        Write(Dp8390.Rbcr0, (byte)length);
        Write(Dp8390.Rbcr1, (byte)(length >> 8));
        Write(Dp8390.Rsar0, (byte)address);
        Write(Dp8390.Rsar1, (byte)(address >> 8));
        Write(Dp8390.Cr, (byte)(Dp8390.CrPage0 | direction | Dp8390.CrStart));
    }
}
