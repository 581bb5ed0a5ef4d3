// FakeDp8390: a model of an NE2000 card good enough to test the driver: the DP8390 register
// pages, remote DMA through the data port (wrapping from PSTOP to PSTART like the chip), the
// station address PROM (each byte doubled, as in word mode), transmit, and a receive ring that
// writes 4-byte headers, wraps, and raises OVW instead of overrunning BNRY.
using System;
using System.Collections.Generic;
using RalphOS.Hardware;
using RalphOS.Net.Drivers.Ne2000;

namespace RalphOS.Net.Tests.Support;

public sealed class FakeDp8390 : IPortIo
{
    readonly ushort _base;
    public readonly byte[] Memory = new byte[0x10000];
    public readonly List<byte[]> Transmitted = new();
    public bool Present = true;
    public int Resets;

    byte _cr = 0x21, _isr, _imr, _rcr, _tcr, _dcr, _pstart, _pstop, _bnry, _tpsr, _curr;
    int _tbcr, _rsar, _rbcr;
    readonly byte[] _par = new byte[6];
    readonly byte[] _mar = new byte[8];

    public FakeDp8390(ushort ioBase, byte[] mac)
    {
        _base = ioBase;
        for (int i = 0; i < 6; i++) { Memory[2 * i] = mac[i]; Memory[2 * i + 1] = mac[i]; }
        Memory[28] = Memory[29] = Memory[30] = Memory[31] = 0x57; // 'W': a word-wide NE2000
    }

    public byte Cr => _cr;
    public byte Isr => _isr;
    public byte Imr => _imr;
    public byte Tcr => _tcr;
    public byte Rcr => _rcr;
    public byte Bnry => _bnry;
    public byte Curr => _curr;
    public byte Pstart => _pstart;
    public byte Pstop => _pstop;
    public byte[] Par => _par;
    public bool InterruptLine => (_isr & _imr & 0x7F) != 0;

    int Page => _cr >> 6;

    public byte In8(ushort port)
    {
        if (!Present) return 0xFF;
        int off = port - _base;
        if (off == Dp8390.ResetPort) { Resets++; _isr |= Dp8390.IsrReset; _cr = 0x21; return 0; }
        if (off == 0) return _cr;
        if (Page == 0)
        {
            switch (off)
            {
                case 0x03: return _bnry;
                case 0x04: return 0x01;
                case 0x07: return _isr;
                default: return 0;
            }
        }
        if (off >= 1 && off <= 6) return _par[off - 1];
        if (off == 7) return _curr;
        if (off >= 8 && off <= 15) return _mar[off - 8];
        return 0;
    }

    public void Out8(ushort port, byte value)
    {
        if (!Present) return;
        int off = port - _base;
        if (off == Dp8390.ResetPort) return;
        if (off == 0) { WriteCommand(value); return; }
        if (Page == 0)
        {
            switch (off)
            {
                case 0x01: _pstart = value; break;
                case 0x02: _pstop = value; break;
                case 0x03: _bnry = value; break;
                case 0x04: _tpsr = value; break;
                case 0x05: _tbcr = (_tbcr & 0xFF00) | value; break;
                case 0x06: _tbcr = (_tbcr & 0xFF) | (value << 8); break;
                case 0x07: _isr &= (byte)~value; break;
                case 0x08: _rsar = (_rsar & 0xFF00) | value; break;
                case 0x09: _rsar = (_rsar & 0xFF) | (value << 8); break;
                case 0x0A: _rbcr = (_rbcr & 0xFF00) | value; break;
                case 0x0B: _rbcr = (_rbcr & 0xFF) | (value << 8); break;
                case 0x0C: _rcr = value; break;
                case 0x0D: _tcr = value; break;
                case 0x0E: _dcr = value; break;
                case 0x0F: _imr = value; break;
            }
            return;
        }
        if (off >= 1 && off <= 6) _par[off - 1] = value;
        else if (off == 7) _curr = value;
        else if (off >= 8 && off <= 15) _mar[off - 8] = value;
    }

    void WriteCommand(byte value)
    {
        _cr = (byte)(value & ~Dp8390.CrTransmit);
        if ((value & Dp8390.CrStop) != 0) _isr |= Dp8390.IsrReset;
        if ((value & Dp8390.CrTransmit) != 0 && (value & Dp8390.CrStart) != 0)
        {
            Transmitted.Add(Memory.AsSpan(_tpsr * 256, _tbcr).ToArray());
            _isr |= Dp8390.IsrPacketTransmitted;
        }
        if ((value & (Dp8390.CrRemoteRead | Dp8390.CrRemoteWrite)) != 0 && _rbcr == 0) _isr |= Dp8390.IsrRemoteDmaComplete;
    }

    void Advance()
    {
        _rsar += 2;
        if (_rsar == _pstop * 256) _rsar = _pstart * 256; // remote DMA wraps inside the ring
        _rbcr -= 2;
        if (_rbcr <= 0) { _rbcr = 0; _isr |= Dp8390.IsrRemoteDmaComplete; }
    }

    public ushort In16(ushort port)
    {
        ushort word = (ushort)(Memory[_rsar & 0xFFFF] | (Memory[(_rsar + 1) & 0xFFFF] << 8));
        Advance();
        return word;
    }

    public void Out16(ushort port, ushort value)
    {
        Memory[_rsar & 0xFFFF] = (byte)value;
        Memory[(_rsar + 1) & 0xFFFF] = (byte)(value >> 8);
        Advance();
    }

    // The NE2000 is an ISA card of 8- and 16-bit ports.
    public uint In32(ushort port) => throw new InvalidOperationException("the NE2000 has no 32-bit ports");
    public void Out32(ushort port, uint value) => throw new InvalidOperationException("the NE2000 has no 32-bit ports");

    public void InWords(ushort port, Span<byte> destination)
    {
        for (int i = 0; i + 1 < destination.Length; i += 2)
        {
            ushort w = In16(port);
            destination[i] = (byte)w; destination[i + 1] = (byte)(w >> 8);
        }
    }

    public void OutWords(ushort port, ReadOnlySpan<byte> source)
    {
        for (int i = 0; i + 1 < source.Length; i += 2) Out16(port, (ushort)(source[i] | (source[i + 1] << 8)));
    }

    /// <summary>A frame arrives from the wire. False when the NIC does not take it (stopped,
    /// in loopback, filtered, or the ring is full, which raises OVW).</summary>
    public bool Inject(byte[] frame)
    {
        if ((_cr & Dp8390.CrStop) != 0 || (_cr & Dp8390.CrStart) == 0 || (_tcr & 0x06) != 0) return false;
        if ((_isr & Dp8390.IsrOverwrite) != 0) return false;
        bool broadcast = frame[0] == 0xFF && frame[1] == 0xFF && frame[2] == 0xFF && frame[3] == 0xFF && frame[4] == 0xFF && frame[5] == 0xFF;
        bool mine = true;
        for (int i = 0; i < 6; i++) if (frame[i] != _par[i]) mine = false;
        if (!(mine || (broadcast && (_rcr & Dp8390.RcrAcceptBroadcast) != 0))) return false;
        int ring = _pstop - _pstart;
        int total = frame.Length + 4;
        int pages = (total + 255) / 256;
        int free = ((_bnry - _curr) % ring + ring) % ring;
        if (pages >= free) { _isr |= Dp8390.IsrOverwrite; return false; }
        int next = _curr + pages;
        if (next >= _pstop) next -= ring;
        int address = _curr * 256;
        byte[] header = { Dp8390.RsrReceivedOk, (byte)next, (byte)total, (byte)(total >> 8) };
        foreach (byte b in header) address = Put(address, b);
        foreach (byte b in frame) address = Put(address, b);
        _curr = (byte)next;
        _isr |= Dp8390.IsrPacketReceived;
        return true;
    }

    int Put(int address, byte value)
    {
        Memory[address] = value;
        address++;
        return address == _pstop * 256 ? _pstart * 256 : address;
    }
}
