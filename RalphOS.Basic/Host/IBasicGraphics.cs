// The screen a BASIC session draws on with SCREEN, PSET, LINE, CIRCLE, PAINT and POINT:
// one graphics mode, VGA mode 13h (320x200, one byte per pixel, a colour index into the
// 256-colour palette). The interpreter rounds, clips and rasterizes; the host only sets
// and reads pixels that are on the screen. The kernel gives the serial console's session
// the VGA screen (BasicShell/KernelBasicGraphics.cs); telnet sessions and spawned programs
// get NoGraphics; tests and the host runner use MemoryFramebuffer.
namespace RalphOS.Basic.Host;

public interface IBasicGraphics
{
    /// <summary>False when this session can never draw (telnet, no display): graphics
    /// statements then fail with "Screen unavailable" instead of "Illegal function call".</summary>
    bool HasScreen { get; }

    /// <summary>Pixels across and down in graphics mode (320 and 200); 0 without a screen.</summary>
    int Width { get; }
    int Height { get; }

    /// <summary>SCREEN 13 (and CONT of a program stopped in graphics): takes the screen in
    /// graphics mode. False when there is none or another program holds it. The interpreter
    /// clears it after a mode change, so the contents on entry may be anything.</summary>
    bool EnterGraphics();

    /// <summary>SCREEN 0, or the program that entered graphics ended: gives the screen back
    /// (text mode, or the kernel's memory map). A no-op when it is not held.</summary>
    void LeaveGraphics();

    /// <summary>Sets one on-screen pixel (0 &lt;= x &lt; Width, 0 &lt;= y &lt; Height) to a
    /// colour index 0..255. Only called while the screen is held.</summary>
    void SetPixel(int x, int y, int colour);

    /// <summary>The colour index of one on-screen pixel.</summary>
    int GetPixel(int x, int y);
}
