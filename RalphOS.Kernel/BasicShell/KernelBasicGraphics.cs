// KernelBasicGraphics: BASIC's IBasicGraphics over the kernel's IScreen for one session.
// It keeps a copy of the picture (one byte per pixel, made when the session first enters
// graphics): POINT and PAINT read the copy instead of video memory (which is slower and
// may carry a mouse cursor), and when a program stopped in graphics is continued (CONT)
// the picture is drawn again after the screen showed the memory map in between. Built by
// BasicSession for the serial console with ConsoleScreen.Device; with no screen (null) it
// behaves like NoGraphics.
using RalphOS.Basic.Host;

namespace RalphOS.Kernel.BasicShell;

internal sealed class KernelBasicGraphics : IBasicGraphics
{
    private readonly IScreen _screen;
    private readonly int _taskId;
    private byte[] _picture;
    private bool _held;

    public KernelBasicGraphics(IScreen screen, int taskId)
    {
        _screen = screen;
        _taskId = taskId;
    }

    public bool HasScreen => _screen != null;
    public int Width => _screen == null ? 0 : _screen.Width;
    public int Height => _screen == null ? 0 : _screen.Height;

    public bool EnterGraphics()
    {
        if (_screen == null || !_screen.TryAcquireGraphics(_taskId))
            return false;
        _held = true;
        int size = _screen.Width * _screen.Height;
        if (_picture == null || _picture.Length != size)
        {
            _picture = new byte[size];
            return true;
        }
        // Back from text mode or the map (CONT): the screen shows the picture again.
        int width = _screen.Width;
        for (int i = 0; i < size; i++)
            _screen.SetPixel(i % width, i / width, _picture[i]);
        return true;
    }

    public void LeaveGraphics()
    {
        if (!_held)
            return;
        _held = false;
        _screen.Release(_taskId);
    }

    public void SetPixel(int x, int y, int colour)
    {
        if (!_held)
            return;
        _picture[y * _screen.Width + x] = (byte)colour;
        _screen.SetPixel(x, y, (byte)colour);
    }

    public int GetPixel(int x, int y) => _held ? _picture[y * _screen.Width + x] : 0;
}
