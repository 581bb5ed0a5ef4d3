// E1000Driver: the Intel 82540EM Gigabit Ethernet controller (QEMU's -device e1000), a PCI
// card with memory-mapped registers (BAR0, through IMmio) that moves frames by DMA through
// rings of descriptors in main memory (IDmaMemory). Initialize resets the card, reads the
// MAC from the EEPROM (or the receive address registers), sets up the rings and turns on
// receive, transmit and the interrupts; Transmit (E1000Driver.Transmit.cs) and TryReceive
// (E1000Driver.Receive.cs) work the rings; HandleInterrupt acknowledges the card and
// follows the link. Created by the kernel's E1000Probe; host-tested against FakeE1000.
using RalphOS.Hardware;
using RalphOS.Net.Iface;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Drivers.E1000;

public sealed partial class E1000Driver : INetworkCard
{
    // Ring sizes: the length in bytes must be a multiple of 128 (manual 13.4.27), i.e. of 8
    // descriptors. 128 receive buffers absorb a burst while the network task is busy.
    public const int ReceiveDescriptors = 128;
    public const int TransmitDescriptors = 64;
    public const int BufferSize = 2048;            // RCTL.BSIZE 2048
    private const int RingAlignment = 128;         // 16 is required; 128 keeps a ring in whole cache lines
    private const int PollLimit = 100000;          // bounded busy-waits (reset, EEPROM reads)
    private const int MacEepromWords = 3;          // EEPROM words 0-2 hold the MAC (manual 5.6.1)

    private readonly IMmio _registers;
    private readonly IDmaMemory _dma;
    private ulong _rxRing, _txRing, _rxBuffers, _txBuffers;
    private MacAddress _mac;
    private bool _linkUp;

    public E1000Driver(IMmio registers, IDmaMemory dma)
    {
        _registers = registers;
        _dma = dma;
    }

    public E1000Counters Counters { get; } = new E1000Counters();
    public MacAddress MacAddress => _mac;
    public bool LinkUp => _linkUp;
    /// <summary>Where the MAC came from: "EEPROM" or "RAL/RAH".</summary>
    public string MacSource { get; private set; } = "";

    /// <summary>The link speed in Mb/s the card reports (10, 100 or 1000).</summary>
    public int SpeedMbps => ((Read(E1000Registers.Status) >> (int)E1000Registers.StatusSpeedShift) & E1000Registers.StatusSpeedMask) switch
    {
        0 => 10,
        1 => 100,
        _ => 1000,
    };

    private uint Read(uint register) => _registers.Read32(register);
    private void Write(uint register, uint value) => _registers.Write32(register, value);

    public E1000Status Initialize()
    {
        if (Read(E1000Registers.Status) == 0xFFFFFFFF)
            return E1000Status.NoDevice;
        // Manual 14.5 "Initialization": mask interrupts, reset, mask again (reset unmasks nothing
        // but the card may have latched causes), then read ICR to clear them.
        Write(E1000Registers.Imc, E1000Registers.AllInterrupts);
        Write(E1000Registers.Ctrl, Read(E1000Registers.Ctrl) | E1000Registers.CtrlReset);
        if (!WaitForResetDone())
            return E1000Status.ResetTimeout;
        Write(E1000Registers.Imc, E1000Registers.AllInterrupts);
        Read(E1000Registers.Icr);

        if (!ReadMacAddress())
            return E1000Status.NoMacAddress;
        Write(E1000Registers.Ral0, (uint)(_mac[0] | (_mac[1] << 8) | (_mac[2] << 16) | (_mac[3] << 24)));
        Write(E1000Registers.Rah0, (uint)(_mac[4] | (_mac[5] << 8)) | E1000Registers.RahAddressValid);
        for (int i = 0; i < E1000Registers.MtaEntries; i++)
            Write(E1000Registers.Mta + (uint)(i * 4), 0);

        // Link: set link up, speed and duplex from auto-negotiation (manual 14.5.3).
        Write(E1000Registers.Ctrl, Read(E1000Registers.Ctrl) | E1000Registers.CtrlSetLinkUp | E1000Registers.CtrlAutoSpeed);

        if (!AllocateRings())
            return E1000Status.NoMemory;
        StartReceive();
        StartTransmit();
        _linkUp = (Read(E1000Registers.Status) & E1000Registers.StatusLinkUp) != 0;
        Write(E1000Registers.Ims, E1000Registers.IntReceiveTimer | E1000Registers.IntReceiveOverrun
            | E1000Registers.IntReceiveMinimum | E1000Registers.IntLinkChange);
        return E1000Status.Ok;
    }

    private bool WaitForResetDone()
    {
        for (int i = 0; i < PollLimit; i++)
            if ((Read(E1000Registers.Ctrl) & E1000Registers.CtrlReset) == 0)
                return true;
        return false;
    }

    // EEPROM words 0-2, low byte first; without an answer from the EEPROM, the address the
    // card loaded into RAL0/RAH0 at reset (valid when RAH's AV bit is set).
    private bool ReadMacAddress()
    {
        ulong mac = 0;
        bool fromEeprom = true;
        for (int word = 0; word < MacEepromWords && fromEeprom; word++)
        {
            if (!TryReadEeprom(word, out ushort value))
                fromEeprom = false;
            mac = (mac << 16) | (uint)((value & 0xFF) << 8) | (uint)(value >> 8);
        }
        if (!fromEeprom)
        {
            uint high = Read(E1000Registers.Rah0);
            if ((high & E1000Registers.RahAddressValid) == 0)
                return false;
            uint low = Read(E1000Registers.Ral0);
            mac = 0;
            for (int i = 0; i < 4; i++)
                mac = (mac << 8) | ((low >> (i * 8)) & 0xFF);
            mac = (mac << 8) | (high & 0xFF);
            mac = (mac << 8) | ((high >> 8) & 0xFF);
        }
        var address = new MacAddress(mac);
        // All zeros or a multicast address (I/G bit) cannot be a card's own address.
        if (mac == 0 || (address[0] & 1) != 0)
            return false;
        _mac = address;
        MacSource = fromEeprom ? "EEPROM" : "RAL/RAH";
        return true;
    }

    private bool TryReadEeprom(int word, out ushort value)
    {
        Write(E1000Registers.Eerd, E1000Registers.EerdStart | ((uint)word << E1000Registers.EerdAddressShift));
        for (int i = 0; i < PollLimit; i++)
        {
            uint eerd = Read(E1000Registers.Eerd);
            if ((eerd & E1000Registers.EerdDone) != 0)
            {
                value = (ushort)(eerd >> E1000Registers.EerdDataShift);
                return true;
            }
        }
        value = 0;
        return false;
    }

    private bool AllocateRings()
    {
        _rxRing = _dma.Allocate(ReceiveDescriptors * E1000Descriptor.Size, RingAlignment);
        _txRing = _dma.Allocate(TransmitDescriptors * E1000Descriptor.Size, RingAlignment);
        _rxBuffers = _dma.Allocate(ReceiveDescriptors * BufferSize, BufferSize);
        _txBuffers = _dma.Allocate(TransmitDescriptors * BufferSize, BufferSize);
        return _rxRing != 0 && _txRing != 0 && _rxBuffers != 0 && _txBuffers != 0;
    }

    /// <summary>Reads ICR (which acknowledges the card and lowers its interrupt line) and
    /// follows link changes; frames are taken by the network task with TryReceive.</summary>
    public void HandleInterrupt()
    {
        uint cause = Read(E1000Registers.Icr);
        if (cause == 0)
            return;
        Counters.Interrupts++;
        if ((cause & E1000Registers.IntReceiveOverrun) != 0)
            Counters.Overruns++;
        if ((cause & E1000Registers.IntLinkChange) != 0)
        {
            bool up = (Read(E1000Registers.Status) & E1000Registers.StatusLinkUp) != 0;
            if (up != _linkUp)
                Counters.LinkChanges++;
            _linkUp = up;
        }
    }
}
