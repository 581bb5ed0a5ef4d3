// The graphics state of a session (Machine's part for SCREEN, COLOR, CLS, PSET, LINE,
// CIRCLE, PAINT, POINT): the screen mode, the colours, and GW-BASIC's "last point
// referenced" (the graphics cursor STEP is relative to). Drawing goes to the host's
// IBasicGraphics through the rasterizers in Graphics/. Who holds the screen: SCREEN 13
// takes it, SCREEN 0 gives it back, and the Repl gives it back when a program ends
// (ReleaseScreen) and takes it again for CONT (ResumeScreen).
using RalphOS.Basic.Graphics;
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Runtime;

public sealed partial class Machine
{
    public const int TextMode = 0;
    /// <summary>QBasic's number for VGA mode 13h: 320x200, 256 colours.</summary>
    public const int GraphicsMode = 13;
    /// <summary>Colours after SCREEN 13: white (palette 15) on black (0).</summary>
    private const int DefaultForeground = 15;
    private const int DefaultBackground = 0;
    public const int MaxColour = 255;
    /// <summary>GW-BASIC coordinates are 16-bit integers; outside is "Overflow".</summary>
    private const double MinCoordinate = -32768, MaxCoordinate = 32767;

    /// <summary>TextMode or GraphicsMode.</summary>
    public int ScreenMode { get; private set; }
    internal int Foreground = DefaultForeground;
    internal int Background = DefaultBackground;
    internal int LastX, LastY;

    internal IBasicGraphics Screen => Host.Graphics;

    /// <summary>True in graphics mode; else fails: "Screen unavailable" when the session has
    /// no screen at all, "Illegal function call" in text mode (GW-BASIC).</summary>
    internal bool RequireGraphics()
    {
        if (ScreenMode == GraphicsMode) return true;
        Fail(Host.Graphics.HasScreen ? ErrorCode.IllegalFunctionCall : ErrorCode.ScreenUnavailable);
        return false;
    }

    /// <summary>SCREEN mode: 0 gives the screen back, 13 takes it, clears it, and resets the
    /// colours and the last point (the centre). The same mode again changes nothing.</summary>
    internal void SetScreenMode(double mode)
    {
        if (mode == TextMode) { ReleaseScreen(); return; }
        if (mode != GraphicsMode) { Fail(ErrorCode.IllegalFunctionCall); return; }
        if (ScreenMode == GraphicsMode) return;
        if (!Host.Graphics.EnterGraphics()) { Fail(ErrorCode.ScreenUnavailable); return; }
        ScreenMode = GraphicsMode;
        Foreground = DefaultForeground;
        Background = DefaultBackground;
        ClearScreen();
    }

    /// <summary>Back to text mode, giving the screen back to the host if this session holds it.</summary>
    public void ReleaseScreen()
    {
        if (ScreenMode == TextMode) return;
        ScreenMode = TextMode;
        Host.Graphics.LeaveGraphics();
    }

    /// <summary>CONT of a program stopped in graphics mode: takes the screen again without
    /// clearing it (the host may have kept the picture). False when it cannot.</summary>
    public bool ResumeScreen(int mode)
    {
        if (mode != GraphicsMode || ScreenMode == GraphicsMode) return true;
        if (!Host.Graphics.EnterGraphics()) return false;
        ScreenMode = GraphicsMode;
        return true;
    }

    /// <summary>CLS: in graphics mode fills the screen with the background colour and moves
    /// the last point to the centre; in text mode clears the terminal (ANSI).</summary>
    internal void ClearScreen()
    {
        if (ScreenMode == TextMode)
        {
            Write("\u001b[2J\u001b[H");
            Column = 0;
            return;
        }
        BoxRasterizer.Fill(Screen, 0, 0, Screen.Width - 1, Screen.Height - 1, Background);
        LastX = Screen.Width / 2;
        LastY = Screen.Height / 2;
    }

    /// <summary>A coordinate rounded to an integer (round half to even, as CINT); Overflow
    /// outside -32768..32767.</summary>
    internal int ToCoordinate(double v)
    {
        double r = System.Math.Round(v);
        if (!(r >= MinCoordinate && r <= MaxCoordinate)) { Fail(ErrorCode.Overflow); return 0; }
        return (int)r;
    }

    /// <summary>A colour attribute 0..255 (rounded); Illegal function call outside.</summary>
    internal int ToColour(double v)
    {
        double r = System.Math.Round(v);
        if (!(r >= 0 && r <= MaxColour)) { Fail(ErrorCode.IllegalFunctionCall); return 0; }
        return (int)r;
    }
}
