// Parser rules for sequential files (GW-BASIC): OPEN name FOR INPUT|OUTPUT|APPEND AS [#]n
// [LEN = r], the short form OPEN mode$, [#]n, name; CLOSE [[#]n, ...]; WRITE [#n,] items;
// and the "#n," channel of PRINT, PRINT USING, INPUT and LINE INPUT. OUTPUT, APPEND, RANDOM
// and AS are read as plain words here, so older programs may keep them as variable names.
using System.Collections.Generic;
using RalphOS.Basic.Lexing;
using RalphOS.Basic.Nodes;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Compiling;

internal sealed partial class Parser
{
    private void ParseOpen()
    {
        StrExpr first = ParseStr();
        if (Failed) return;
        if (AcceptSymbol(","))
        {
            // OPEN "O", #1, "NAME" [, record length (random files only; ignored)]
            AcceptSymbol("#");
            NumExpr number = ParseNum();
            ExpectSymbol(",");
            StrExpr name = ParseStr();
            if (AcceptSymbol(",")) ParseNum();
            if (!Failed) _code.Add(new OpenStmt(' ', first, number, name));
            return;
        }
        // Without FOR the file is a random one, which we lack: the statement says "Bad file mode".
        char mode = 'R';
        if (AcceptKeyword(Keyword.For))
        {
            if (AcceptKeyword(Keyword.Input)) mode = 'I';
            else if (AcceptWord("OUTPUT")) mode = 'O';
            else if (AcceptWord("APPEND")) mode = 'A';
            else if (!AcceptWord("RANDOM")) { Error(ErrorCode.Syntax); return; }
        }
        if (!AcceptWord("AS")) { Error(ErrorCode.Syntax); return; }
        AcceptSymbol("#");
        NumExpr fileNumber = ParseNum();
        if (AcceptKeyword(Keyword.Len))
        {
            ExpectSymbol("=");
            ParseNum();
        }
        if (!Failed) _code.Add(new OpenStmt(mode, null, fileNumber, first));
    }

    private void ParseClose()
    {
        var numbers = new List<NumExpr>();
        while (!Failed && !AtStatementEnd())
        {
            AcceptSymbol("#");
            numbers.Add(ParseNum());
            if (!AcceptSymbol(",")) break;
        }
        if (!Failed) _code.Add(new CloseStmt(numbers.ToArray()));
    }

    private void ParseWrite()
    {
        NumExpr number = ParseFileChannel();
        var items = new List<Expr>();
        while (!Failed && !AtStatementEnd() && items.Count < MaxPrintItems)
        {
            items.Add(ParseExpression());
            if (!AcceptSymbol(",") && !AcceptSymbol(";")) break;
        }
        if (Failed) return;
        Stmt write = new WriteStmt(items.ToArray());
        _code.Add(number == null ? write : new FileOutputStmt(number, write));
    }

    /// <summary>PRINT #n, ...: the PRINT (or PRINT USING) rule, its statement wrapped.</summary>
    private void ParsePrintToFile()
    {
        NumExpr number = ParseFileChannel();
        int at = _code.Count;
        if (!AtStatementEnd()) ParsePrint();
        else _code.Add(new PrintStmt(new PrintItem[0], true));
        if (!Failed && _code.Count == at + 1) _code[at] = new FileOutputStmt(number, _code[at]);
    }

    private void ParseInputFromFile()
    {
        NumExpr number = ParseFileChannel();
        LValue[] targets = ParseTargetList();
        if (!Failed) _code.Add(new FileInputStmt(number, targets));
    }

    private void ParseLineInputFromFile()
    {
        NumExpr number = ParseFileChannel();
        LValue target = ParseTarget();
        if (!Failed && !target.IsString) Error(ErrorCode.TypeMismatch);
        if (!Failed) _code.Add(new FileLineInputStmt(number, target));
    }

    /// <summary>"#n," in front of a statement's items: the number, or null without '#'.
    /// A PRINT # or WRITE # with nothing after the number writes an empty line.</summary>
    private NumExpr ParseFileChannel()
    {
        if (!AcceptSymbol("#")) return null;
        NumExpr number = ParseNum();
        if (!AtStatementEnd()) ExpectSymbol(",");
        return number;
    }

    /// <summary>A plain word (not a keyword of ours) spelled exactly so.</summary>
    private bool AcceptWord(string word)
    {
        Token t = Peek;
        if (t.Kind != TokenKind.Word || t.Kw != Keyword.None || t.Text != word) return false;
        Advance();
        return true;
    }
}
