// Graphics statements and POINT: SCREEN, COLOR, PSET, PRESET, PAINT and the coordinate
// pair (x, y) / STEP (dx, dy) they share (LINE and CIRCLE are in FigureStmts.cs). Each
// evaluates its arguments, checks that the session is in graphics mode (Machine.
// RequireGraphics) and draws through the rasterizers in Graphics/. Built by
// Compiling/ParserGraphics.cs.
using RalphOS.Basic.Graphics;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

/// <summary>(x, y), or STEP (dx, dy) relative to a base point (normally the last point).</summary>
internal sealed class GraphicsCoordinate
{
    private readonly NumExpr _x, _y;
    private readonly bool _relative;
    public GraphicsCoordinate(NumExpr x, NumExpr y, bool relative) { _x = x; _y = y; _relative = relative; }

    /// <summary>The point as integers; false after an error (Overflow).</summary>
    public bool Resolve(Machine m, int baseX, int baseY, out int x, out int y)
    {
        double vx = _x.Eval(m), vy = _y.Eval(m);
        x = m.ToCoordinate(_relative ? baseX + System.Math.Round(vx) : vx);
        y = m.ToCoordinate(_relative ? baseY + System.Math.Round(vy) : vy);
        return m.Signal == 0;
    }
}

/// <summary>SCREEN 0 | 13.</summary>
internal sealed class ScreenStmt : Stmt
{
    private readonly NumExpr _mode;
    public ScreenStmt(NumExpr mode) { _mode = mode; }
    public override void Execute(Machine m)
    {
        double mode = System.Math.Round(_mode.Eval(m));
        if (m.Signal == 0) m.SetScreenMode(mode);
    }
}

/// <summary>COLOR [foreground][, background]: the default colours of PSET, LINE, CIRCLE,
/// PAINT and of CLS and PRESET. In text mode the values are checked and have no effect
/// (the terminal keeps its own colours), so text programs that set colours still run.</summary>
internal sealed class ColorStmt : Stmt
{
    private readonly NumExpr _foreground, _background;
    public ColorStmt(NumExpr foreground, NumExpr background) { _foreground = foreground; _background = background; }
    public override void Execute(Machine m)
    {
        int fg = _foreground == null ? m.Foreground : m.ToColour(_foreground.Eval(m));
        int bg = _background == null ? m.Background : m.ToColour(_background.Eval(m));
        if (m.Signal != 0 || m.ScreenMode != Machine.GraphicsMode) return;
        m.Foreground = fg;
        m.Background = bg;
    }
}

/// <summary>PSET (x, y)[, c] (default: the foreground) and PRESET (default: the background).</summary>
internal sealed class PsetStmt : Stmt
{
    private readonly GraphicsCoordinate _at;
    private readonly NumExpr _colour;
    private readonly bool _reset;
    public PsetStmt(GraphicsCoordinate at, NumExpr colour, bool reset) { _at = at; _colour = colour; _reset = reset; }
    public override void Execute(Machine m)
    {
        if (!m.RequireGraphics() || !_at.Resolve(m, m.LastX, m.LastY, out int x, out int y)) return;
        int c = _colour != null ? m.ToColour(_colour.Eval(m)) : _reset ? m.Background : m.Foreground;
        if (m.Signal != 0) return;
        ScreenClip.Plot(m.Screen, x, y, c);
        m.LastX = x;
        m.LastY = y;
    }
}

/// <summary>PAINT (x, y)[, paint[, border]]: paint defaults to the foreground, border to paint.</summary>
internal sealed class PaintStmt : Stmt
{
    private readonly GraphicsCoordinate _at;
    private readonly NumExpr _paint, _border;
    public PaintStmt(GraphicsCoordinate at, NumExpr paint, NumExpr border) { _at = at; _paint = paint; _border = border; }
    public override void Execute(Machine m)
    {
        if (!m.RequireGraphics() || !_at.Resolve(m, m.LastX, m.LastY, out int x, out int y)) return;
        int paint = _paint == null ? m.Foreground : m.ToColour(_paint.Eval(m));
        int border = _border == null ? paint : m.ToColour(_border.Eval(m));
        if (m.Signal != 0) return;
        PaintFiller.Fill(m.Screen, x, y, paint, border);
        m.LastX = x;
        m.LastY = y;
    }
}

/// <summary>POINT(x, y): the colour of a pixel, -1 off the screen. POINT(n): the last
/// point, x for n = 0 or 2, y for n = 1 or 3 (2 and 3 are "logical" coordinates in
/// GW-BASIC, the same here: there is no WINDOW).</summary>
internal sealed class PointCall : NumExpr
{
    private readonly NumExpr _x, _y;
    public PointCall(NumExpr x, NumExpr y) { _x = x; _y = y; }
    public override double Eval(Machine m)
    {
        if (!m.RequireGraphics()) return 0;
        if (_y == null)
        {
            double n = System.Math.Round(_x.Eval(m));
            if (n == 0 || n == 2) return m.LastX;
            if (n == 1 || n == 3) return m.LastY;
            m.Fail(ErrorCode.IllegalFunctionCall);
            return 0;
        }
        int x = m.ToCoordinate(_x.Eval(m));
        int y = m.ToCoordinate(_y.Eval(m));
        if (m.Signal != 0) return 0;
        if ((uint)x >= (uint)m.Screen.Width || (uint)y >= (uint)m.Screen.Height) return -1;
        return m.Screen.GetPixel(x, y);
    }
}
