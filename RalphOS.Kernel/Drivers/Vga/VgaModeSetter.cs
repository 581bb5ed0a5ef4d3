// VgaModeSetter: switches the VGA between text mode 3 and mode 13h at run time by writing
// the register tables (VgaRegisters) through the port-I/O seam, then loads the default
// 256-colour palette. Mode 13h's chained framebuffer overwrites plane 2, where text mode
// keeps its font, so switching back to text reloads an 8x16 font made from Font8x8 (each
// row doubled) through a planar window onto plane 2. `videoMemory` is the 64 KiB at
// 0xA0000 (a byte array in host tests). Called by VgaScreen; host-tested with a fake VGA.
using System;
using RalphOS.Hardware;

namespace RalphOS.Kernel.Drivers.Vga;

internal sealed class VgaModeSetter
{
    public const int FontBytesPerCharacter = 32;   // plane 2 holds 32 rows for each of 256 characters
    public const int TextFontHeight = 16;
    private const byte MapMaskPlane2 = 0x04;
    private const byte MemoryModeSequentialExtended = 0x06; // no odd/even, more than 64 KiB
    private const byte ReadMapPlane2 = 0x02;
    private const byte GraphicsModeWriteMode0 = 0x00;
    private const byte MiscellaneousA0000Planar = 0x04;     // A0000-AFFFF, no chaining, no graphics

    private readonly IPortIo _ports;

    public VgaModeSetter(IPortIo ports)
    {
        _ports = ports;
    }

    // A VGA keeps the graphics controller's index (4 bits) and reads it back; with no VGA
    // on the bus (QEMU -vga none) the port reads 0xFF. Two patterns, then the old index.
    private const byte ProbeIndexA = 0x05, ProbeIndexB = 0x0A, GraphicsIndexBits = 0x0F;

    public bool IsPresent()
    {
        byte saved = _ports.In8(VgaRegisters.GraphicsIndex);
        bool present = true;
        foreach (byte probe in new[] { ProbeIndexA, ProbeIndexB })
        {
            _ports.Out8(VgaRegisters.GraphicsIndex, probe);
            if ((_ports.In8(VgaRegisters.GraphicsIndex) & GraphicsIndexBits) != probe)
                present = false;
        }
        _ports.Out8(VgaRegisters.GraphicsIndex, saved);
        return present;
    }

    public void SetMode13h()
    {
        WriteRegisters(VgaRegisters.Mode13h);
        LoadPalette();
    }

    public void SetTextMode(Span<byte> videoMemory)
    {
        WriteRegisters(VgaRegisters.Text80x25);
        LoadFont(videoMemory);
        LoadPalette();
    }

    public void WriteRegisters(VgaModeRegisters mode)
    {
        _ports.Out8(VgaRegisters.MiscOutputWrite, mode.MiscOutput);
        for (int i = 0; i < mode.Sequencer.Length; i++)
            WriteIndexed(VgaRegisters.SequencerIndex, (byte)i, mode.Sequencer[i]);

        // Unlock CRTC registers 0-7 (register 0x11 is outside them, so it goes first), and
        // keep them unlocked while writing the table.
        WriteIndexed(VgaRegisters.CrtcIndex, VgaRegisters.CrtcVerticalRetraceEnd, (byte)(mode.Crtc[VgaRegisters.CrtcVerticalRetraceEnd] & 0x7F));
        WriteIndexed(VgaRegisters.CrtcIndex, VgaRegisters.CrtcHorizontalBlankEnd, (byte)(mode.Crtc[VgaRegisters.CrtcHorizontalBlankEnd] | 0x80));
        for (int i = 0; i < mode.Crtc.Length; i++)
        {
            byte value = mode.Crtc[i];
            if (i == VgaRegisters.CrtcHorizontalBlankEnd)
                value |= 0x80;
            else if (i == VgaRegisters.CrtcVerticalRetraceEnd)
                value &= 0x7F;
            WriteIndexed(VgaRegisters.CrtcIndex, (byte)i, value);
        }

        for (int i = 0; i < mode.Graphics.Length; i++)
            WriteIndexed(VgaRegisters.GraphicsIndex, (byte)i, mode.Graphics[i]);

        // The attribute controller takes index and data on one port; reading input status 1
        // puts its flip-flop back to "index".
        for (int i = 0; i < mode.Attribute.Length; i++)
        {
            _ports.In8(VgaRegisters.InputStatus1);
            _ports.Out8(VgaRegisters.AttributeIndexAndData, (byte)i);
            _ports.Out8(VgaRegisters.AttributeIndexAndData, mode.Attribute[i]);
        }
        _ports.In8(VgaRegisters.InputStatus1);
        _ports.Out8(VgaRegisters.AttributeIndexAndData, VgaRegisters.AttributeVideoEnable);
    }

    public void LoadPalette()
    {
        var rgb = new byte[VgaPalette.Count * 3];
        VgaPalette.Fill(rgb);
        _ports.Out8(VgaRegisters.DacWriteIndex, 0);
        for (int i = 0; i < rgb.Length; i++)
            _ports.Out8(VgaRegisters.DacData, rgb[i]);
    }

    // Writes the font into plane 2 with the planes unchained, then restores text mode's
    // sequencer and graphics settings (from the table, so they always match the mode).
    public void LoadFont(Span<byte> videoMemory)
    {
        VgaModeRegisters text = VgaRegisters.Text80x25;
        WriteIndexed(VgaRegisters.SequencerIndex, VgaRegisters.SequencerMapMask, MapMaskPlane2);
        WriteIndexed(VgaRegisters.SequencerIndex, VgaRegisters.SequencerMemoryMode, MemoryModeSequentialExtended);
        WriteIndexed(VgaRegisters.GraphicsIndex, VgaRegisters.GraphicsReadMapSelect, ReadMapPlane2);
        WriteIndexed(VgaRegisters.GraphicsIndex, VgaRegisters.GraphicsMode, GraphicsModeWriteMode0);
        WriteIndexed(VgaRegisters.GraphicsIndex, VgaRegisters.GraphicsMiscellaneous, MiscellaneousA0000Planar);

        for (int c = 0; c < 256; c++)
        {
            Span<byte> cell = videoMemory.Slice(c * FontBytesPerCharacter, FontBytesPerCharacter);
            ReadOnlySpan<byte> glyph = Font8x8.Glyph((char)c);
            bool printable = c >= Font8x8.FirstCharacter && c <= Font8x8.LastCharacter;
            for (int row = 0; row < FontBytesPerCharacter; row++)
                cell[row] = printable && row < TextFontHeight ? glyph[row / 2] : (byte)0;
        }

        WriteIndexed(VgaRegisters.SequencerIndex, VgaRegisters.SequencerMapMask, text.Sequencer[VgaRegisters.SequencerMapMask]);
        WriteIndexed(VgaRegisters.SequencerIndex, VgaRegisters.SequencerMemoryMode, text.Sequencer[VgaRegisters.SequencerMemoryMode]);
        WriteIndexed(VgaRegisters.GraphicsIndex, VgaRegisters.GraphicsReadMapSelect, text.Graphics[VgaRegisters.GraphicsReadMapSelect]);
        WriteIndexed(VgaRegisters.GraphicsIndex, VgaRegisters.GraphicsMode, text.Graphics[VgaRegisters.GraphicsMode]);
        WriteIndexed(VgaRegisters.GraphicsIndex, VgaRegisters.GraphicsMiscellaneous, text.Graphics[VgaRegisters.GraphicsMiscellaneous]);
    }

    private void WriteIndexed(ushort indexPort, byte index, byte value)
    {
        _ports.Out8(indexPort, index);
        _ports.Out8((ushort)(indexPort + 1), value);
    }
}
