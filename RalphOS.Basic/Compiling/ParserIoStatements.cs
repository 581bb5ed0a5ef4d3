// Parser rules for PRINT (PRINT USING is in ParserPrintUsing.cs; PRINT #, INPUT # and the
// other file statements in ParserFiles.cs), INPUT, LINE INPUT, DIM,
// ERASE, DEF FN, SPAWN and SEND, and the variable-slot helpers that honour DEF FN parameters.
using System.Collections.Generic;
using RalphOS.Basic.Lexing;
using RalphOS.Basic.Nodes;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Compiling;

internal sealed partial class Parser
{
    private const int MaxPrintItems = 128;
    private const int MaxSpawnArguments = 16;

    private void ParsePrint()
    {
        if (AtPrintUsing()) { ParsePrintUsing(); return; }
        var items = new List<PrintItem>();
        bool newLine = true;
        while (!AtStatementEnd() && !Failed && items.Count < MaxPrintItems)
        {
            newLine = true;
            if (AcceptSymbol(";")) { newLine = false; continue; }
            if (AcceptSymbol(",")) { items.Add(new PrintItem { Kind = PrintItemKind.Comma }); newLine = false; continue; }
            Token t = Peek;
            if ((t.IsKeyword(Keyword.Tab) || t.IsKeyword(Keyword.Spc)) && !_shadowed.Contains(t.Kw) && PeekAt(1).IsSymbol("("))
            {
                Advance();
                Advance();
                NumExpr n = ParseNum();
                ExpectSymbol(")");
                items.Add(new PrintItem { Kind = t.Kw == Keyword.Tab ? PrintItemKind.Tab : PrintItemKind.Spc, Num = n });
                continue;
            }
            Expr e = ParseExpression();
            if (e is StrExpr s) items.Add(new PrintItem { Kind = PrintItemKind.Text, Str = s });
            else items.Add(new PrintItem { Kind = PrintItemKind.Number, Num = (NumExpr)e });
        }
        if (items.Count >= MaxPrintItems) Error(ErrorCode.FormulaTooComplex);
        if (!Failed) _code.Add(new PrintStmt(items.ToArray(), newLine));
    }

    private void ParseInput()
    {
        string prompt = "";
        bool question = true;
        if (Peek.Kind == TokenKind.String)
        {
            prompt = Peek.Text;
            Advance();
            if (AcceptSymbol(",")) question = false;
            else ExpectSymbol(";");
        }
        LValue[] targets = ParseTargetList();
        if (!Failed) _code.Add(new InputStmt(prompt, question, targets));
    }

    private void ParseLineInput()
    {
        ExpectKeyword(Keyword.Input);
        if (Peek.IsSymbol("#")) { ParseLineInputFromFile(); return; }
        string prompt = "";
        if (Peek.Kind == TokenKind.String)
        {
            prompt = Peek.Text;
            Advance();
            if (!AcceptSymbol(";")) ExpectSymbol(",");
        }
        LValue target = ParseTarget();
        if (!Failed && !target.IsString) Error(ErrorCode.TypeMismatch);
        if (!Failed) _code.Add(new LineInputStmt(prompt, target));
    }

    private void ParseDim()
    {
        var entries = new List<DimEntry>();
        do
        {
            Token t = Peek;
            if (t.Kind != TokenKind.Word || (t.Kw != Keyword.None && !KeywordTable.IsSoft(t.Kw))) { Error(ErrorCode.Syntax); return; }
            Advance();
            bool isString = t.Text.EndsWith("$");
            NumExpr[] bounds = ParseSubscripts();
            if (Failed) return;
            int slot = isString ? _symbols.StrArray(t.Text) : _symbols.NumArray(t.Text);
            entries.Add(new DimEntry { Slot = slot, IsString = isString, Bounds = bounds });
        } while (AcceptSymbol(","));
        _code.Add(new DimStmt(entries.ToArray()));
    }

    private void ParseErase()
    {
        var slots = new List<int>();
        var strings = new List<bool>();
        do
        {
            Token t = Peek;
            if (t.Kind != TokenKind.Word || t.Kw != Keyword.None) { Error(ErrorCode.Syntax); return; }
            Advance();
            bool isString = t.Text.EndsWith("$");
            slots.Add(isString ? _symbols.StrArray(t.Text) : _symbols.NumArray(t.Text));
            strings.Add(isString);
        } while (AcceptSymbol(","));
        _code.Add(new EraseStmt(slots.ToArray(), strings.ToArray()));
    }

    /// <summary>DEF FNname[(p1, p2...)] = expression.</summary>
    private void ParseDef()
    {
        string name = ParseFunctionName();
        if (Failed) return;
        if (_params != null) { Error(ErrorCode.Syntax); return; }
        UserFunction f = FunctionNamed(name);
        var names = new List<string>();
        if (AcceptSymbol("("))
        {
            do
            {
                Token p = Peek;
                if (p.Kind != TokenKind.Word || p.Kw != Keyword.None || names.Count >= UserFunctionBinder.MaxArgs) { Error(ErrorCode.Syntax); return; }
                Advance();
                names.Add(p.Text);
            } while (AcceptSymbol(","));
            ExpectSymbol(")");
        }
        ExpectSymbol("=");
        if (Failed) return;
        var slots = new int[names.Count];
        var isStr = new bool[names.Count];
        _params = new Dictionary<string, int>();
        for (int i = 0; i < names.Count; i++)
        {
            isStr[i] = names[i].EndsWith("$");
            string hidden = name + "(" + names[i];
            slots[i] = isStr[i] ? _symbols.Str(hidden) : _symbols.Num(hidden);
            _params[names[i]] = slots[i];
        }
        Expr body = ParseExpression();
        _params = null;
        if (Failed) return;
        if ((body is StrExpr) != f.IsString) { Error(ErrorCode.TypeMismatch); return; }
        _code.Add(new DefStmt(f, body, slots, isStr));
    }

    /// <summary>FNA or FN A -> "FNA".</summary>
    private string ParseFunctionName()
    {
        Token t = Peek;
        if (t.Kind == TokenKind.Word && t.Kw == Keyword.None && t.Text.StartsWith("FN") && t.Text.Length > 2)
        {
            Advance();
            return t.Text;
        }
        if (t.IsKeyword(Keyword.Fn) && PeekAt(1).Kind == TokenKind.Word && PeekAt(1).Kw == Keyword.None)
        {
            Advance();
            string name = "FN" + Peek.Text;
            Advance();
            return name;
        }
        Error(ErrorCode.Syntax);
        return "";
    }

    private UserFunction FunctionNamed(string name)
    {
        if (!_symbols.Functions.TryGetValue(name, out UserFunction f))
        {
            f = new UserFunction(name);
            _symbols.Functions[name] = f;
        }
        return f;
    }

    private void ParseSpawn()
    {
        StrExpr name = ParseStr();
        Expr[] args = ParseSpawnArguments();
        if (!Failed) _code.Add(new SpawnStmt(name, args));
    }

    /// <summary>SPAWN's ", arg" list (at most MaxSpawnArguments; more is a syntax error).</summary>
    private Expr[] ParseSpawnArguments()
    {
        var args = new List<Expr>();
        while (!Failed && AcceptSymbol(","))
        {
            if (args.Count == MaxSpawnArguments) { Error(ErrorCode.Syntax); break; }
            args.Add(ParseExpression());
        }
        return args.ToArray();
    }

    private void ParseSend()
    {
        NumExpr socket = ParseNum();
        ExpectSymbol(",");
        StrExpr text = ParseStr();
        if (!Failed) _code.Add(new SendStmt(socket, text));
    }

    private int NumSlot(string name)
    {
        if (_params != null && _params.TryGetValue(name, out int p)) return p;
        return _symbols.Num(name);
    }

    private int StrSlot(string name)
    {
        if (_params != null && _params.TryGetValue(name, out int p)) return p;
        return _symbols.Str(name);
    }
}
