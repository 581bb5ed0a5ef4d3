// Parser: one tokenized line -> compiled statements appended to a shared code list (so
// pcs are absolute). One method per grammar rule; statements in ParserStatements.cs,
// expressions in ParserExpressions.cs, built-in functions in ParserFunctions.cs.
// Errors are values: the first error is recorded in _error, every rule returns a dummy
// when it is set, and ParseLine turns the failing statement into a FailStmt that raises
// the error when executed (as GW-BASIC does: earlier statements on the line still run).
// Called by ProgramCompiler.
using System.Collections.Generic;
using RalphOS.Basic.Lexing;
using RalphOS.Basic.Nodes;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Compiling;

internal sealed partial class Parser
{
    /// <summary>Deepest nesting of parentheses, unary operators and calls in one expression.</summary>
    public const int MaxNesting = 24;
    /// <summary>Tallest expression tree (bounds evaluation recursion).</summary>
    public const int MaxHeight = 48;

    private readonly SymbolTable _symbols;
    private readonly HashSet<Keyword> _shadowed;
    private readonly List<Stmt> _code;
    private Token[] _t;
    private int _i;
    private ErrorCode _error;
    private int _nesting;
    /// <summary>Parameter name -> hidden slot while a DEF FN body is parsed.</summary>
    private Dictionary<string, int> _params;

    public Parser(SymbolTable symbols, HashSet<Keyword> shadowed, List<Stmt> code)
    {
        _symbols = symbols;
        _shadowed = shadowed;
        _code = code;
    }

    /// <summary>Compiles all statements of one line into the code list.</summary>
    public void ParseLine(Token[] tokens)
    {
        _t = tokens;
        _i = 0;
        _error = ErrorCode.None;
        ParseStatementList(false);
    }

    // ---- token cursor ----

    private Token Peek => _t[_i];
    private Token PeekAt(int k) => _i + k < _t.Length ? _t[_i + k] : _t[_t.Length - 1];
    private bool AtEnd => _t[_i].Kind == TokenKind.Eol;

    private void Advance()
    {
        if (_i < _t.Length - 1) _i++;
    }

    private bool AcceptSymbol(string s)
    {
        if (!_t[_i].IsSymbol(s)) return false;
        Advance();
        return true;
    }

    private bool AcceptKeyword(Keyword k)
    {
        if (!_t[_i].IsKeyword(k)) return false;
        Advance();
        return true;
    }

    private void ExpectSymbol(string s)
    {
        if (!AcceptSymbol(s)) Error(ErrorCode.Syntax);
    }

    private void ExpectKeyword(Keyword k)
    {
        if (!AcceptKeyword(k)) Error(ErrorCode.Syntax);
    }

    private void Error(ErrorCode code)
    {
        if (_error == ErrorCode.None) _error = code;
    }

    private bool Failed => _error != ErrorCode.None;

    private bool AtStatementEnd()
    {
        Token t = Peek;
        return t.Kind == TokenKind.Eol || t.IsSymbol(":") || t.IsKeyword(Keyword.Else)
            || (t.Kind == TokenKind.Raw && t.Kw == Keyword.Rem);
    }

    /// <summary>A line number operand (GOTO 100); -1 and an error if absent.</summary>
    private int ParseLineNumber()
    {
        Token t = Peek;
        if (t.Kind != TokenKind.Number || !t.IsPlainInteger || t.Num > 65529) { Error(ErrorCode.Syntax); return -1; }
        Advance();
        return (int)t.Num;
    }

    // ---- statement lists ----

    /// <summary>Statements separated by ':' up to the end of line (or ELSE inside IF).</summary>
    private void ParseStatementList(bool stopAtElse)
    {
        while (!Failed)
        {
            Token t = Peek;
            if (t.Kind == TokenKind.Eol) return;
            if (t.Kind == TokenKind.Raw && t.Kw == Keyword.Rem) { Advance(); continue; }
            if (t.IsSymbol(":")) { Advance(); continue; }
            if (t.IsKeyword(Keyword.Else))
            {
                if (stopAtElse) return;
                SkipToEnd();
                return;
            }
            ParseStatement();
            if (!Failed && !AtStatementEnd()) Error(ErrorCode.Syntax);
        }
        _code.Add(new FailStmt(_error));
        SkipToEnd();
    }

    private void SkipToEnd()
    {
        while (!AtEnd) Advance();
    }

    /// <summary>A soft keyword followed by '=' at statement start is an assignment.</summary>
    private bool IsAssignmentStart()
    {
        Token t = Peek;
        if (t.Kind != TokenKind.Word) return false;
        if (t.Kw == Keyword.None) return true;
        return KeywordTable.IsSoft(t.Kw) && (PeekAt(1).IsSymbol("=") || _shadowed.Contains(t.Kw) && PeekAt(1).IsSymbol("("));
    }
}
