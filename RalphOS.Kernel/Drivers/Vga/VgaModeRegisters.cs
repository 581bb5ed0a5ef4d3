// VgaModeRegisters: one video mode as the values of the VGA's register groups: the
// miscellaneous output register, the sequencer (5), the CRT controller (25), the graphics
// controller (9) and the attribute controller (21). VgaRegisters holds the two modes;
// VgaModeSetter writes them.
namespace RalphOS.Kernel.Drivers.Vga;

internal sealed class VgaModeRegisters
{
    public VgaModeRegisters(byte miscOutput, byte[] sequencer, byte[] crtc, byte[] graphics, byte[] attribute)
    {
        MiscOutput = miscOutput;
        Sequencer = sequencer;
        Crtc = crtc;
        Graphics = graphics;
        Attribute = attribute;
    }

    public byte MiscOutput { get; }
    public byte[] Sequencer { get; }
    public byte[] Crtc { get; }
    public byte[] Graphics { get; }
    public byte[] Attribute { get; }
}
