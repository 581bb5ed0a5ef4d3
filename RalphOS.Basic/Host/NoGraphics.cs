// Stand-in screen for a session without one (telnet, spawned programs, a host without a
// display): SCREEN 13 fails, so every graphics statement reports "Screen unavailable".
namespace RalphOS.Basic.Host;

public sealed class NoGraphics : IBasicGraphics
{
    public bool HasScreen => false;
    public int Width => 0;
    public int Height => 0;
    public bool EnterGraphics() => false;
    public void LeaveGraphics() { }
    public void SetPixel(int x, int y, int colour) { }
    public int GetPixel(int x, int y) => 0;
}
