// VgaBasicScreen: the serial console's BASIC screen (IScreen) on the VGA driver. It only
// forwards to VgaScreen, which lends mode 13h to one task at a time and gives the screen
// back to the memory map or text mode on Release. KernelMain registers one in
// ConsoleScreen.Device when a VGA answers its probe.
using RalphOS.Kernel.Drivers.Vga;

namespace RalphOS.Kernel.BasicShell;

internal sealed class VgaBasicScreen : IScreen
{
    public int Width => VgaScreen.Width;
    public int Height => VgaScreen.Height;

    public bool TryAcquireGraphics(int taskId) => VgaScreen.TryAcquireGraphics(taskId);

    public void Release(int taskId) => VgaScreen.Release(taskId);

    public void SetPixel(int x, int y, byte colour) => VgaScreen.SetPixel(x, y, colour);

    public byte GetPixel(int x, int y) => VgaScreen.GetPixel(x, y);
}
