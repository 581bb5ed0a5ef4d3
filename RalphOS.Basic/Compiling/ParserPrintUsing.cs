// Parser rule for PRINT USING format$; value [{; | ,} value ...] [; | ,] (GW-BASIC).
// USING is recognised only right after PRINT and before what can start the format (a
// string, a name or "("), so an old program's variable called USING still prints.
// PRINT #n, USING parses its channel (ParserFiles.cs) and then continues with this rule.
using System.Collections.Generic;
using RalphOS.Basic.Lexing;
using RalphOS.Basic.Nodes;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Compiling;

internal sealed partial class Parser
{
    private const string UsingWord = "USING";

    /// <summary>True when the next tokens are USING and the start of its format.</summary>
    private bool AtPrintUsing()
    {
        Token t = Peek;
        if (t.Kind != TokenKind.Word || t.Kw != Keyword.None || t.Text != UsingWord) return false;
        Token next = PeekAt(1);
        return next.Kind == TokenKind.String || next.Kind == TokenKind.Word || next.IsSymbol("(");
    }

    private void ParsePrintUsing()
    {
        Advance();
        StrExpr format = ParseStr();
        if (Failed) return;
        ExpectSymbol(";");
        var values = new List<Expr>();
        bool newLine = true;
        while (!Failed && !AtStatementEnd())
        {
            if (values.Count == MaxPrintItems) { Error(ErrorCode.FormulaTooComplex); return; }
            values.Add(ParseExpression());
            newLine = true;
            if (AcceptSymbol(";") || AcceptSymbol(",")) newLine = false;
            else break;
        }
        if (!Failed && values.Count == 0) Error(ErrorCode.MissingOperand);
        if (!Failed) _code.Add(new PrintUsingStmt(format, values.ToArray(), newLine));
    }
}
