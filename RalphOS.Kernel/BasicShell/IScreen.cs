// IScreen: the machine's display as BASIC graphics needs it, the seam between the BASIC
// shell (KernelBasicGraphics) and a display driver: VGA mode 13h, 320x200 pixels of one
// byte (a palette index), owned by one task at a time. Whoever holds it draws; when it is
// released the driver shows what it showed before (text, or the live memory map). The
// VGA driver (Drivers/Vga/) serves it through VgaBasicScreen, registered in ConsoleScreen.Device;
// until one does, the console has no screen and graphics statements report "Screen
// unavailable".
namespace RalphOS.Kernel.BasicShell;

internal interface IScreen
{
    /// <summary>Pixels across and down in graphics mode (320 and 200 for mode 13h).</summary>
    int Width { get; }
    int Height { get; }

    /// <summary>Switches to graphics mode for task taskId. True if that task now holds the
    /// screen (also when it held it already); false when another task holds it.</summary>
    bool TryAcquireGraphics(int taskId);

    /// <summary>Gives the screen back if taskId holds it (a no-op otherwise): the driver
    /// returns to text mode or its memory map.</summary>
    void Release(int taskId);

    /// <summary>One on-screen pixel (0 &lt;= x &lt; Width, 0 &lt;= y &lt; Height); only while held.</summary>
    void SetPixel(int x, int y, byte colour);
    byte GetPixel(int x, int y);
}
