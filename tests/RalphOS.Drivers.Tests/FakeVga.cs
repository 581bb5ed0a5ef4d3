// FakeVga: a model of the VGA's register ports for VgaModeSetter's tests: indexed
// registers (sequencer, CRTC, graphics) are kept per index, the attribute controller's
// index/data flip-flop is reset by reading input status 1, and the DAC's write index
// auto-increments every three colour bytes. It counts writes to CRTC 0-7 made while they
// were write-protected (CRTC 0x11 bit 7), which real hardware would ignore. The graphics
// index reads back as on a real VGA (the presence probe).
using System;
using RalphOS.Hardware;
using RalphOS.Kernel.Drivers.Vga;

namespace RalphOS.Drivers.Tests;

internal sealed class FakeVga : IPortIo
{
    public readonly byte[] Sequencer = new byte[8];
    public readonly byte[] Crtc = new byte[32];
    public readonly byte[] Graphics = new byte[16];
    public readonly byte[] Attribute = new byte[32];
    public readonly byte[] Dac = new byte[768];
    public byte MiscOutput;
    public int ProtectedCrtcWrites;
    public bool AttributeVideoEnabled;
    private byte _sequencerIndex, _crtcIndex, _graphicsIndex, _attributeIndex;
    private bool _attributeExpectsData;
    private int _dacPosition;

    public byte In8(ushort port)
    {
        if (port == VgaRegisters.InputStatus1)
            _attributeExpectsData = false;
        if (port == VgaRegisters.GraphicsIndex)
            return (byte)(_graphicsIndex & 0x0F);   // the index register reads back (4 bits)
        return 0;
    }

    public void Out8(ushort port, byte value)
    {
        switch (port)
        {
            case VgaRegisters.MiscOutputWrite: MiscOutput = value; break;
            case VgaRegisters.SequencerIndex: _sequencerIndex = value; break;
            case VgaRegisters.SequencerData: Sequencer[_sequencerIndex] = value; break;
            case VgaRegisters.CrtcIndex: _crtcIndex = value; break;
            case VgaRegisters.CrtcData:
                if (_crtcIndex < 8 && (Crtc[0x11] & 0x80) != 0)
                    ProtectedCrtcWrites++;
                else
                    Crtc[_crtcIndex] = value;
                break;
            case VgaRegisters.GraphicsIndex: _graphicsIndex = value; break;
            case VgaRegisters.GraphicsData: Graphics[_graphicsIndex] = value; break;
            case VgaRegisters.AttributeIndexAndData:
                if (_attributeExpectsData)
                    Attribute[_attributeIndex] = value;
                else
                {
                    _attributeIndex = (byte)(value & 0x1F);
                    AttributeVideoEnabled = (value & VgaRegisters.AttributeVideoEnable) != 0;
                }
                _attributeExpectsData = !_attributeExpectsData;
                break;
            case VgaRegisters.DacWriteIndex: _dacPosition = value * 3; break;
            case VgaRegisters.DacData: Dac[_dacPosition++ % Dac.Length] = value; break;
            default: throw new InvalidOperationException($"write to port 0x{port:X}");
        }
    }

    public ushort In16(ushort port) => throw new InvalidOperationException("the VGA is driven with bytes");
    public void Out16(ushort port, ushort value) => throw new InvalidOperationException("the VGA is driven with bytes");
    public uint In32(ushort port) => throw new InvalidOperationException("the VGA is driven with bytes");
    public void Out32(ushort port, uint value) => throw new InvalidOperationException("the VGA is driven with bytes");
    public void InWords(ushort port, Span<byte> destination) => throw new InvalidOperationException();
    public void OutWords(ushort port, ReadOnlySpan<byte> source) => throw new InvalidOperationException();
}
