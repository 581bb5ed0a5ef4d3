// VgaRegisters: the VGA's I/O ports and the register values of the two modes Ralph OS
// uses, text mode 3 (80x25, 8x16 font) and mode 13h (320x200, 256 colours, one byte a
// pixel at 0xA0000). In long mode there is no BIOS to set a mode, so VgaModeSetter writes
// these. Values: the standard mode tables (FreeVGA, OSDev wiki "VGA Hardware"), except
// that text mode's attribute palette is the identity 0-15 so one DAC palette (the default
// 256-colour one, whose entries 0-15 are the EGA colours) serves both modes. Pure data.
namespace RalphOS.Kernel.Drivers.Vga;

internal static class VgaRegisters
{
    public const ushort AttributeIndexAndData = 0x3C0;
    public const ushort MiscOutputWrite = 0x3C2;
    public const ushort SequencerIndex = 0x3C4;
    public const ushort SequencerData = 0x3C5;
    public const ushort DacWriteIndex = 0x3C8;
    public const ushort DacData = 0x3C9;
    public const ushort GraphicsIndex = 0x3CE;
    public const ushort GraphicsData = 0x3CF;
    public const ushort CrtcIndex = 0x3D4;
    public const ushort CrtcData = 0x3D5;
    public const ushort InputStatus1 = 0x3DA;    // reading it resets the attribute flip-flop

    public const byte CrtcHorizontalBlankEnd = 0x03;  // bit 7 must be set for access to 0x10-0x11
    public const byte CrtcVerticalRetraceEnd = 0x11;  // bit 7 write-protects CRTC 0-7
    public const byte AttributeVideoEnable = 0x20;    // PAS bit: the palette drives the screen

    public const byte SequencerMapMask = 0x02;
    public const byte SequencerMemoryMode = 0x04;
    public const byte GraphicsReadMapSelect = 0x04;
    public const byte GraphicsMode = 0x05;
    public const byte GraphicsMiscellaneous = 0x06;

    public static readonly VgaModeRegisters Mode13h = new VgaModeRegisters(
        0x63,
        new byte[] { 0x03, 0x01, 0x0F, 0x00, 0x0E },
        new byte[]
        {
            0x5F, 0x4F, 0x50, 0x82, 0x54, 0x80, 0xBF, 0x1F, 0x00, 0x41, 0x00, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x9C, 0x0E, 0x8F, 0x28, 0x40, 0x96, 0xB9, 0xA3, 0xFF,
        },
        new byte[] { 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x05, 0x0F, 0xFF },
        new byte[]
        {
            0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C,
            0x0D, 0x0E, 0x0F, 0x41, 0x00, 0x0F, 0x00, 0x00,
        });

    public static readonly VgaModeRegisters Text80x25 = new VgaModeRegisters(
        0x67,
        new byte[] { 0x03, 0x00, 0x03, 0x00, 0x02 },
        new byte[]
        {
            0x5F, 0x4F, 0x50, 0x82, 0x55, 0x81, 0xBF, 0x1F, 0x00, 0x4F, 0x0D, 0x0E, 0x00,
            0x00, 0x00, 0x00, 0x9C, 0x0E, 0x8F, 0x28, 0x1F, 0x96, 0xB9, 0xA3, 0xFF,
        },
        new byte[] { 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x0E, 0x00, 0xFF },
        new byte[]
        {
            0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C,
            0x0D, 0x0E, 0x0F, 0x0C, 0x00, 0x0F, 0x08, 0x00,
        });
}
