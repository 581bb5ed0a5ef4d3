// FakeE1000: a model of the Intel 82540EM as the driver sees it, for E1000Tests: a register
// file behind IMmio and a bus master over FakeDmaRam. It follows the Software Developer's
// Manual where the driver depends on it: CTRL.RST resets the registers and reloads RAL0/RAH0
// from the EEPROM; EERD reads EEPROM words; STATUS.LU follows CTRL.SLU and the cable; ICR
// clears on read and the interrupt line is (ICR & IMS) != 0; a TDT write sends the
// descriptors from TDH to TDT (setting DD where RS asks); Deliver writes a frame into the
// descriptor at RDH, unless the ring is full (RDH == RDT: RXO) or receive is off.
// Offsets are written out here rather than taken from the driver's E1000Registers, so a
// wrong constant there fails the tests.
using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using RalphOS.Hardware;

namespace RalphOS.Net.Tests.Support;

public sealed class FakeE1000 : IMmio
{
    const uint Ctrl = 0x0000, Status = 0x0008, Eerd = 0x0014, Icr = 0x00C0, Ims = 0x00D0, Imc = 0x00D8;
    const uint Rctl = 0x0100, Tctl = 0x0400, Rdbal = 0x2800, Rdbah = 0x2804, Rdlen = 0x2808, Rdh = 0x2810, Rdt = 0x2818;
    const uint Tdbal = 0x3800, Tdbah = 0x3804, Tdlen = 0x3808, Tdh = 0x3810, Tdt = 0x3818, Ral0 = 0x5400, Rah0 = 0x5404;
    const uint CtrlRst = 1u << 26, CtrlSlu = 1u << 6, StatusLu = 1u << 1, StatusSpeed1000 = 2u << 6;
    const uint IcrTxdw = 1u << 0, IcrLsc = 1u << 2, IcrRxo = 1u << 6, IcrRxt0 = 1u << 7;
    const uint RctlEn = 1u << 1, RctlSecrc = 1u << 26, TctlEn = 1u << 1;

    readonly Dictionary<uint, uint> _registers = new();
    readonly FakeDmaRam _ram;
    readonly ushort[] _eeprom = new ushort[64];

    public FakeE1000(FakeDmaRam ram, byte[] mac)
    {
        _ram = ram;
        for (int i = 0; i < 3; i++) _eeprom[i] = (ushort)(mac[i * 2] | (mac[i * 2 + 1] << 8));
        PowerOn();
    }

    public bool Present { get; set; } = true;
    public bool EepromAnswers { get; set; } = true;
    /// <summary>Reads of CTRL that still show RST after a reset (the reset takes time).</summary>
    public int ResetReads { get; set; } = 3;
    public bool CableConnected { get; private set; } = true;
    public int Resets { get; private set; }
    public List<byte[]> Sent { get; } = new();
    public int DroppedForNoBuffer { get; private set; }
    /// <summary>Writes of RDT (each one a trap into the emulator on a real machine).</summary>
    public int TailWrites { get; private set; }
    /// <summary>While set, the card takes TDT writes but sends nothing (a stalled link).</summary>
    public bool TransmitStalled { get; set; }
    int _resetReadsLeft;

    public bool InterruptLine => (Reg(Icr) & Reg(Ims)) != 0;
    public uint Register(uint offset) => Reg(offset);

    uint Reg(uint offset) => _registers.TryGetValue(offset, out uint value) ? value : 0;

    void PowerOn()
    {
        _registers.Clear();
        // Reset loads the receive address from the EEPROM (manual 5.6.1).
        _registers[Ral0] = (uint)(_eeprom[0] | (_eeprom[1] << 16));
        _registers[Rah0] = _eeprom[2] | 0x8000_0000u;
    }

    public uint Read32(uint offset)
    {
        if (!Present) return 0xFFFFFFFF;
        switch (offset)
        {
            case Ctrl:
                if (_resetReadsLeft > 0) { _resetReadsLeft--; return Reg(Ctrl) | CtrlRst; }
                return Reg(Ctrl);
            case Icr:
                uint cause = Reg(Icr);
                _registers[Icr] = 0;
                return cause;
            case Ims:
                return Reg(Ims);
            default:
                if (offset > 0x1FFFC || (offset & 3) != 0) throw new InvalidOperationException($"read of 0x{offset:x}");
                return Reg(offset);
        }
    }

    public void Write32(uint offset, uint value)
    {
        if (!Present) return;
        switch (offset)
        {
            case Ctrl:
                if ((value & CtrlRst) != 0)
                {
                    Resets++;
                    PowerOn();
                    _resetReadsLeft = ResetReads;
                    return;
                }
                _registers[Ctrl] = value;
                UpdateLink(raiseChange: false);
                return;
            case Status:
                return;                                 // read-only
            case Eerd:
                if ((value & 1) == 0) return;
                int word = (int)(value >> 8) & 0xFF;
                _registers[Eerd] = EepromAnswers ? (uint)(_eeprom[word] << 16) | (uint)(word << 8) | 0x10 : 0;
                return;
            case Ims:
                _registers[Ims] = Reg(Ims) | value;
                return;
            case Imc:
                _registers[Ims] = Reg(Ims) & ~value;
                return;
            case Icr:
                _registers[Icr] = Reg(Icr) & ~value;    // write 1 to clear
                return;
            case Tdt:
                _registers[Tdt] = value;
                SendPending();
                return;
            case Rdt:
                TailWrites++;
                _registers[Rdt] = value;
                return;
            case Rdlen:
            case Tdlen:
                if (value % 128 != 0) throw new InvalidOperationException("descriptor ring length must be a multiple of 128");
                _registers[offset] = value;
                return;
            case Rdbal:
            case Tdbal:
                if ((value & 0xF) != 0) throw new InvalidOperationException("descriptor ring must be 16-byte aligned");
                _registers[offset] = value;
                return;
            default:
                if (offset > 0x1FFFC || (offset & 3) != 0) throw new InvalidOperationException($"write of 0x{offset:x}");
                _registers[offset] = value;
                return;
        }
    }

    void UpdateLink(bool raiseChange)
    {
        bool up = CableConnected && (Reg(Ctrl) & CtrlSlu) != 0;
        bool was = (Reg(Status) & StatusLu) != 0;
        _registers[Status] = up ? StatusLu | StatusSpeed1000 | 1 : 0;
        if (up != was || raiseChange) _registers[Icr] = Reg(Icr) | IcrLsc;
    }

    public void SetCable(bool connected)
    {
        CableConnected = connected;
        UpdateLink(raiseChange: true);
    }

    static ulong Ring(uint low, uint high) => low | ((ulong)high << 32);

    Span<byte> Descriptor(uint baseLow, uint baseHigh, uint index) =>
        _ram.Access(Ring(Reg(baseLow), Reg(baseHigh)) + index * 16, 16);

    void SendPending()
    {
        if ((Reg(Tctl) & TctlEn) == 0 || TransmitStalled) return;
        uint count = Reg(Tdlen) / 16;
        var frame = new List<byte>();
        while (Reg(Tdh) != Reg(Tdt))
        {
            Span<byte> d = Descriptor(Tdbal, Tdbah, Reg(Tdh));
            ulong buffer = BinaryPrimitives.ReadUInt64LittleEndian(d);
            int length = BinaryPrimitives.ReadUInt16LittleEndian(d.Slice(8));
            byte command = d[11];
            frame.AddRange(_ram.Access(buffer, length).ToArray());
            if ((command & 0x01) != 0)                  // EOP
            {
                if ((command & 0x02) == 0) throw new InvalidOperationException("frame sent without IFCS");
                Sent.Add(frame.ToArray());
                frame.Clear();
            }
            if ((command & 0x08) != 0) d[12] |= 0x01;   // RS: write back DD
            _registers[Tdh] = (Reg(Tdh) + 1) % count;
        }
        _registers[Icr] = Reg(Icr) | IcrTxdw;
    }

    /// <summary>Sends what TDT writes queued while the transmitter was stalled.</summary>
    public void ResumeTransmit()
    {
        TransmitStalled = false;
        SendPending();
    }

    /// <summary>A frame arriving from the wire (without FCS); false when the card dropped it.</summary>
    public bool Deliver(byte[] frame)
    {
        if ((Reg(Rctl) & RctlEn) == 0 || (Reg(Status) & StatusLu) == 0) return false;
        uint count = Reg(Rdlen) / 16;
        if (count == 0 || Reg(Rdh) == Reg(Rdt))
        {
            DroppedForNoBuffer++;
            _registers[Icr] = Reg(Icr) | IcrRxo;
            return false;
        }
        Span<byte> d = Descriptor(Rdbal, Rdbah, Reg(Rdh));
        ulong buffer = BinaryPrimitives.ReadUInt64LittleEndian(d);
        bool stripCrc = (Reg(Rctl) & RctlSecrc) != 0;
        int length = frame.Length + (stripCrc ? 0 : 4);
        if (length > 2048) throw new InvalidOperationException("frame larger than the 2 KiB buffer");
        Span<byte> target = _ram.Access(buffer, length);
        target.Clear();
        frame.CopyTo(target);
        BinaryPrimitives.WriteUInt16LittleEndian(d.Slice(8), (ushort)length);
        d[13] = 0;                                      // errors
        d[12] = 0x03;                                   // DD | EOP
        _registers[Rdh] = (Reg(Rdh) + 1) % count;
        _registers[Icr] = Reg(Icr) | IcrRxt0;
        return true;
    }

    /// <summary>Marks the next frame Deliver writes as received with a CRC error.</summary>
    public bool DeliverWithCrcError(byte[] frame)
    {
        uint at = Reg(Rdh);
        if (!Deliver(frame)) return false;
        Descriptor(Rdbal, Rdbah, at)[13] = 0x01;        // CE
        return true;
    }
}
