// Parser rules for the graphics statements and POINT (GW-BASIC syntax):
//   SCREEN mode
//   COLOR [foreground][, background]
//   PSET | PRESET coordinate[, colour]
//   LINE [coordinate]-coordinate[, [colour][, B | BF]]      (LINE INPUT is the other LINE)
//   CIRCLE coordinate, radius[, [colour][, [start][, [end][, aspect]]]]
//   PAINT coordinate[, [paint][, border]]
//   POINT(x, y) | POINT(n)
// where coordinate is [STEP] (x, y). Empty arguments between commas take their defaults.
// Nodes are in Nodes/GraphicsStmts.cs and Nodes/FigureStmts.cs.
using RalphOS.Basic.Lexing;
using RalphOS.Basic.Nodes;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Compiling;

internal sealed partial class Parser
{
    private void ParseGraphicsStatement(Keyword kw)
    {
        switch (kw)
        {
            case Keyword.Screen: _code.Add(new ScreenStmt(ParseNum())); return;
            case Keyword.Color: ParseColor(); return;
            case Keyword.Pset: ParsePset(false); return;
            case Keyword.Preset: ParsePset(true); return;
            case Keyword.Circle: ParseCircle(); return;
            case Keyword.Paint: ParsePaint(); return;
            default: Error(ErrorCode.Syntax); return;
        }
    }

    /// <summary>LINE INPUT or the LINE figure.</summary>
    private void ParseLineStatement()
    {
        if (Peek.IsKeyword(Keyword.Input)) { ParseLineInput(); return; }
        GraphicsCoordinate from = Peek.IsSymbol("-") ? null : ParseCoordinate();
        ExpectSymbol("-");
        GraphicsCoordinate to = ParseCoordinate();
        NumExpr colour = null;
        LineShape shape = LineShape.Line;
        if (AcceptSymbol(","))
        {
            colour = OptionalArgument();
            if (AcceptSymbol(",")) shape = ParseBoxOption();
        }
        if (!Failed) _code.Add(new LineStmt(from, to, colour, shape));
    }

    /// <summary>B (box) or BF (filled box), written as bare words.</summary>
    private LineShape ParseBoxOption()
    {
        Token t = Peek;
        if (t.Kind == TokenKind.Word && t.Kw == Keyword.None && (t.Text == "B" || t.Text == "BF"))
        {
            Advance();
            return t.Text == "B" ? LineShape.Box : LineShape.FilledBox;
        }
        Error(ErrorCode.Syntax);
        return LineShape.Line;
    }

    private void ParseColor()
    {
        NumExpr foreground = Peek.IsSymbol(",") ? null : ParseNum();
        NumExpr background = AcceptSymbol(",") ? ParseNum() : null;
        if (!Failed) _code.Add(new ColorStmt(foreground, background));
    }

    private void ParsePset(bool reset)
    {
        GraphicsCoordinate at = ParseCoordinate();
        NumExpr colour = AcceptSymbol(",") ? ParseNum() : null;
        if (!Failed) _code.Add(new PsetStmt(at, colour, reset));
    }

    private void ParseCircle()
    {
        GraphicsCoordinate centre = ParseCoordinate();
        ExpectSymbol(",");
        NumExpr radius = ParseNum();
        NumExpr colour = null, start = null, end = null, aspect = null;
        if (AcceptSymbol(",")) colour = OptionalArgument();
        if (!Failed && AcceptSymbol(",")) start = OptionalArgument();
        if (!Failed && AcceptSymbol(",")) end = OptionalArgument();
        if (!Failed && AcceptSymbol(",")) aspect = ParseNum();
        if (!Failed) _code.Add(new CircleStmt(centre, radius, colour, start, end, aspect));
    }

    private void ParsePaint()
    {
        GraphicsCoordinate at = ParseCoordinate();
        NumExpr paint = null, border = null;
        if (AcceptSymbol(",")) paint = OptionalArgument();
        if (!Failed && AcceptSymbol(",")) border = ParseNum();
        if (!Failed) _code.Add(new PaintStmt(at, paint, border));
    }

    /// <summary>[STEP] "(" x "," y ")".</summary>
    private GraphicsCoordinate ParseCoordinate()
    {
        bool relative = AcceptKeyword(Keyword.Step);
        ExpectSymbol("(");
        NumExpr x = Failed ? s_zero : ParseNum();
        ExpectSymbol(",");
        NumExpr y = Failed ? s_zero : ParseNum();
        ExpectSymbol(")");
        return new GraphicsCoordinate(x, y, relative);
    }

    /// <summary>An argument that may be left empty (followed directly by "," or the end).</summary>
    private NumExpr OptionalArgument()
    {
        if (Peek.IsSymbol(",") || AtStatementEnd()) return null;
        return ParseNum();
    }

    /// <summary>POINT(x, y) or POINT(n).</summary>
    private Expr ParsePointCall()
    {
        ExpectSymbol("(");
        NumExpr x = Failed ? s_zero : ParseNum();
        NumExpr y = !Failed && AcceptSymbol(",") ? ParseNum() : null;
        ExpectSymbol(")");
        return new PointCall(x, y);
    }
}
