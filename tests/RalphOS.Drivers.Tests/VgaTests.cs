// VgaTests: the presence probe tells a VGA from an empty bus; switching modes writes every register of the mode's table (CRTC 0-7 unlocked
// first) and turns the video back on; text mode reloads the font into plane 2 (rows
// doubled, 32 bytes a character) and restores the sequencer and graphics registers; the
// palette is the default VGA one; every printable character has a glyph; text drawing and
// the text grid (wrap, scroll, backspace, dirty cells).
using RalphOS.Kernel.Drivers.Vga;
using Xunit;

namespace RalphOS.Drivers.Tests;

public class VgaTests
{
    [Fact]
    public void APresentVgaReadsItsGraphicsIndexBackAndKeepsIt()
    {
        var vga = new FakeVga();
        vga.Out8(VgaRegisters.GraphicsIndex, 0x03);
        Assert.True(new VgaModeSetter(vga).IsPresent());
        Assert.Equal(0x03, vga.In8(VgaRegisters.GraphicsIndex));
    }

    [Fact]
    public void AnEmptyBusIsNoVga()
    {
        Assert.False(new VgaModeSetter(new EmptyBus()).IsPresent());
    }

    // No device answers: every port reads 0xFF, as on a PC without a VGA.
    private sealed class EmptyBus : RalphOS.Hardware.IPortIo
    {
        public byte In8(ushort port) => 0xFF;
        public void Out8(ushort port, byte value) { }
        public ushort In16(ushort port) => 0xFFFF;
        public void Out16(ushort port, ushort value) { }
        public uint In32(ushort port) => 0xFFFFFFFF;
        public void Out32(ushort port, uint value) { }
        public void InWords(ushort port, System.Span<byte> destination) => destination.Fill(0xFF);
        public void OutWords(ushort port, System.ReadOnlySpan<byte> source) { }
    }

    [Fact]
    public void Mode13hWritesItsWholeTableWithTheCrtcUnlocked()
    {
        var vga = new FakeVga();
        vga.Crtc[0x11] = 0x80;   // as a BIOS may leave it: CRTC 0-7 protected
        new VgaModeSetter(vga).SetMode13h();
        VgaModeRegisters mode = VgaRegisters.Mode13h;
        Assert.Equal(0x63, vga.MiscOutput);
        Assert.Equal(mode.Sequencer, vga.Sequencer[..5]);
        Assert.Equal(mode.Graphics, vga.Graphics[..9]);
        Assert.Equal(mode.Attribute, vga.Attribute[..21]);
        for (int i = 0; i < mode.Crtc.Length; i++)
        {
            if (i != 0x03)
                Assert.Equal(mode.Crtc[i], vga.Crtc[i]);
        }
        Assert.Equal(0, vga.ProtectedCrtcWrites);
        Assert.True(vga.AttributeVideoEnabled);
    }

    [Fact]
    public void TextModeReloadsTheFontIntoPlane2AndRestoresTextSettings()
    {
        var vga = new FakeVga();
        var plane2 = new byte[0x10000];
        new VgaModeSetter(vga).SetTextMode(plane2);
        Assert.Equal(0x67, vga.MiscOutput);
        Assert.Equal(VgaRegisters.Text80x25.Sequencer, vga.Sequencer[..5]);
        Assert.Equal(VgaRegisters.Text80x25.Graphics, vga.Graphics[..9]);

        byte[] glyphA = Font8x8.Glyph('A').ToArray();
        for (int row = 0; row < 16; row++)
            Assert.Equal(glyphA[row / 2], plane2['A' * 32 + row]);
        for (int row = 16; row < 32; row++)
            Assert.Equal(0, plane2['A' * 32 + row]);
        Assert.All(plane2[(7 * 32)..(8 * 32)], b => Assert.Equal(0, b));   // control characters are blank
    }

    [Fact]
    public void PaletteIsTheDefaultVga256ColourOne()
    {
        var rgb = new byte[768];
        VgaPalette.Fill(rgb);
        Assert.Equal(new byte[] { 0, 0, 42 }, Entry(rgb, 1));          // 1 blue
        Assert.Equal(new byte[] { 42, 21, 0 }, Entry(rgb, 6));       // 6 brown
        Assert.Equal(new byte[] { 63, 63, 63 }, Entry(rgb, 15));      // 15 white
        Assert.Equal(new byte[] { 32, 32, 32 }, Entry(rgb, 25)); // a grey of the ramp
        Assert.Equal(new byte[] { 0, 0, 63 }, Entry(rgb, 32));   // the hues start at blue
        Assert.Equal(new byte[] { 63, 0, 0 }, Entry(rgb, 40));   // red
        Assert.Equal(new byte[] { 63, 63, 0 }, Entry(rgb, 44));  // yellow
        Assert.Equal(new byte[] { 63, 47, 31 }, Entry(rgb, 66)); // pastel orange
        Assert.Equal(new byte[] { 63, 54, 45 }, Entry(rgb, 90)); // paler still
        Assert.Equal(new byte[] { 0, 0, 0 }, Entry(rgb, 250));
    }

    [Fact]
    public void EveryPrintableCharacterHasAGlyphAndOthersShowAsQuestionMarks()
    {
        for (char c = '!'; c <= '~'; c++)
        {
            byte[] glyph = Font8x8.Glyph(c).ToArray();
            Assert.Contains(glyph, row => row != 0);
        }
        Assert.All(Font8x8.Glyph(' ').ToArray(), row => Assert.Equal(0, row));
        Assert.Equal(Font8x8.Glyph('?').ToArray(), Font8x8.Glyph('\u00e9').ToArray());
        Assert.NotEqual(Font8x8.Glyph('O').ToArray(), Font8x8.Glyph('0').ToArray());
    }

    [Fact]
    public void PixelTextDrawsGlyphBitsInForegroundAndBackground()
    {
        var frame = new byte[320 * 200];
        PixelText.Draw(frame, 8, 0, "AI", 15, 1);
        byte[] glyph = Font8x8.Glyph('A').ToArray();
        for (int row = 0; row < 8; row++)
        {
            for (int column = 0; column < 8; column++)
            {
                byte expected = (glyph[row] & (0x80 >> column)) != 0 ? (byte)15 : (byte)1;
                Assert.Equal(expected, frame[row * 320 + 8 + column]);
            }
        }
        Assert.Equal(0, frame[0]);
        PixelText.Draw(frame, 316, 196, "W", 15, 1);   // clipped, no exception
    }

    [Fact]
    public void TextGridWrapsScrollsAndMarksChangedCells()
    {
        var grid = new TextGrid(4, 2);
        foreach (char c in "abcdef")
            grid.Write(c);
        Assert.Equal("abcd", Row(grid, 0));
        Assert.Equal("ef  ", Row(grid, 1));
        Assert.True(grid.TakeDirty(0, 0));
        Assert.False(grid.TakeDirty(0, 0));
        grid.Write('\b');
        grid.Write('X');
        grid.Write('\r');
        grid.Write('\n');
        Assert.Equal("eX  ", Row(grid, 0));
        Assert.Equal("    ", Row(grid, 1));
        Assert.Equal((0, 1), (grid.CursorColumn, grid.CursorRow));
    }

    private static byte[] Entry(byte[] rgb, int index) => rgb[(index * 3)..(index * 3 + 3)];

    private static string Row(TextGrid grid, int row)
    {
        var text = new char[grid.Columns];
        for (int column = 0; column < grid.Columns; column++)
            text[column] = grid.At(column, row);
        return new string(text);
    }
}
