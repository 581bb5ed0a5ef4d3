// LINE and CIRCLE, the two figure statements (the others are in GraphicsStmts.cs). Both
// update the last point: LINE to its end point, CIRCLE to its centre. Built by
// Compiling/ParserGraphics.cs; drawn by Graphics/LineRasterizer, BoxRasterizer and
// EllipseRasterizer.
using RalphOS.Basic.Graphics;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal enum LineShape { Line, Box, FilledBox }

/// <summary>LINE [(x1, y1)]-(x2, y2)[, [c][, B | BF]]; without a start point the line starts
/// at the last point, and STEP in the end point is relative to the start point.</summary>
internal sealed class LineStmt : Stmt
{
    private readonly GraphicsCoordinate _from, _to;
    private readonly NumExpr _colour;
    private readonly LineShape _shape;
    public LineStmt(GraphicsCoordinate from, GraphicsCoordinate to, NumExpr colour, LineShape shape)
    {
        _from = from;
        _to = to;
        _colour = colour;
        _shape = shape;
    }

    public override void Execute(Machine m)
    {
        if (!m.RequireGraphics()) return;
        int x1 = m.LastX, y1 = m.LastY;
        if (_from != null && !_from.Resolve(m, m.LastX, m.LastY, out x1, out y1)) return;
        if (!_to.Resolve(m, x1, y1, out int x2, out int y2)) return;
        int c = _colour == null ? m.Foreground : m.ToColour(_colour.Eval(m));
        if (m.Signal != 0) return;
        if (_shape == LineShape.Line) LineRasterizer.Draw(m.Screen, x1, y1, x2, y2, c);
        else if (_shape == LineShape.Box) BoxRasterizer.Outline(m.Screen, x1, y1, x2, y2, c);
        else BoxRasterizer.Fill(m.Screen, x1, y1, x2, y2, c);
        m.LastX = x2;
        m.LastY = y2;
    }
}

/// <summary>CIRCLE (x, y), r[, [c][, [start][, [end][, aspect]]]]. The aspect is the ratio
/// of the vertical to the horizontal radius; below 1 r is the horizontal radius, above 1
/// the vertical one. Its default makes a round circle on a 4:3 monitor: mode 13h pixels
/// are taller than wide, so 4/3 * 200/320 = 5/6. Angles are radians, 0 east, counter-
/// clockwise, -2 pi..2 pi; a negative one also draws a radius line from that end (GW-BASIC).</summary>
internal sealed class CircleStmt : Stmt
{
    private const double TwoPi = 2 * System.Math.PI;
    private const double MonitorAspect = 4.0 / 3.0;
    private readonly GraphicsCoordinate _centre;
    private readonly NumExpr _radius, _colour, _start, _end, _aspect;

    public CircleStmt(GraphicsCoordinate centre, NumExpr radius, NumExpr colour, NumExpr start, NumExpr end, NumExpr aspect)
    {
        _centre = centre;
        _radius = radius;
        _colour = colour;
        _start = start;
        _end = end;
        _aspect = aspect;
    }

    public override void Execute(Machine m)
    {
        if (!m.RequireGraphics() || !_centre.Resolve(m, m.LastX, m.LastY, out int cx, out int cy)) return;
        double r = _radius.Eval(m);
        int c = _colour == null ? m.Foreground : m.ToColour(_colour.Eval(m));
        double start = _start == null ? 0 : _start.Eval(m);
        double end = _end == null ? TwoPi : _end.Eval(m);
        double aspect = _aspect == null ? MonitorAspect * m.Screen.Height / m.Screen.Width : _aspect.Eval(m);
        if (m.Signal != 0) return;
        if (r < 0 || aspect < 0 || !(System.Math.Abs(start) <= TwoPi) || !(System.Math.Abs(end) <= TwoPi))
        {
            m.Fail(ErrorCode.IllegalFunctionCall);
            return;
        }
        double rx = aspect <= 1 ? r : r / aspect;
        double ry = aspect <= 1 ? r * aspect : r;
        if (!(rx <= EllipseRasterizer.MaxRadius && ry <= EllipseRasterizer.MaxRadius)) { m.Fail(ErrorCode.Overflow); return; }
        int irx = (int)System.Math.Round(rx), iry = (int)System.Math.Round(ry);
        if (_start == null && _end == null) EllipseRasterizer.Draw(m.Screen, cx, cy, irx, iry, c);
        else EllipseRasterizer.DrawArc(m.Screen, cx, cy, irx, iry, System.Math.Abs(start), System.Math.Abs(end), start < 0, end < 0, c);
        m.LastX = cx;
        m.LastY = cy;
    }
}
