// Parser rules for statements: dispatch on the first keyword, one method per statement.
using System.Collections.Generic;
using RalphOS.Basic.Lexing;
using RalphOS.Basic.Nodes;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Compiling;

internal sealed partial class Parser
{
    private void ParseStatement()
    {
        if (IsAssignmentStart()) { ParseAssignment(); return; }
        Token t = Peek;
        if (t.Kind != TokenKind.Word) { Error(ErrorCode.Syntax); return; }
        Advance();
        switch (t.Kw)
        {
            case Keyword.Let: ParseAssignment(); return;
            case Keyword.Print: if (Peek.IsSymbol("#")) ParsePrintToFile(); else ParsePrint(); return;
            case Keyword.If: ParseIf(); return;
            case Keyword.Goto: _code.Add(new GotoStmt(new JumpTarget(ParseLineNumber()))); return;
            case Keyword.Gosub: _code.Add(new GosubStmt(new JumpTarget(ParseLineNumber()))); return;
            case Keyword.Go: ParseGo(); return;
            case Keyword.Return: _code.Add(new ReturnStmt()); return;
            case Keyword.For: ParseFor(); return;
            case Keyword.Next: ParseNext(); return;
            case Keyword.While: _code.Add(new WhileStmt(ParseNum())); return;
            case Keyword.Wend: _code.Add(new WendStmt()); return;
            case Keyword.End: _code.Add(new EndStmt()); return;
            case Keyword.Stop: _code.Add(new StopStmt()); return;
            case Keyword.Rem: Advance(); return;
            case Keyword.Data: Advance(); return;
            case Keyword.Dim: ParseDim(); return;
            case Keyword.Erase: ParseErase(); return;
            case Keyword.Def: ParseDef(); return;
            case Keyword.Read: _code.Add(new ReadStmt(ParseTargetList())); return;
            case Keyword.Restore: _code.Add(new RestoreStmt(AtStatementEnd() ? -1 : ParseLineNumber())); return;
            case Keyword.Input: if (Peek.IsSymbol("#")) ParseInputFromFile(); else ParseInput(); return;
            case Keyword.Line: ParseLineStatement(); return;
            case Keyword.On: ParseOn(); return;
            case Keyword.Error: _code.Add(new RaiseStmt(ParseNum())); return;
            case Keyword.Resume: ParseResume(); return;
            case Keyword.Randomize: _code.Add(new RandomizeStmt(AtStatementEnd() ? null : ParseNum())); return;
            case Keyword.Option: ParseOptionBase(); return;
            case Keyword.Clear: SkipArguments(); _code.Add(new ClearStmt()); return;
            case Keyword.Swap: ParseSwap(); return;
            case Keyword.Cls: _code.Add(new SystemStmt(SystemCommand.Cls)); return;
            case Keyword.Screen: case Keyword.Color: case Keyword.Pset: case Keyword.Preset:
            case Keyword.Circle: case Keyword.Paint: ParseGraphicsStatement(t.Kw); return;
            case Keyword.MemStats: _code.Add(new SystemStmt(SystemCommand.MemStats)); return;
            case Keyword.Tasks: _code.Add(new SystemStmt(SystemCommand.Tasks)); return;
            case Keyword.Sleep: _code.Add(new SleepStmt(ParseNum())); return;
            case Keyword.Spawn: ParseSpawn(); return;
            case Keyword.Send: ParseSend(); return;
            case Keyword.Close: ParseClose(); return;
            case Keyword.Open: ParseOpen(); return;
            case Keyword.Write: ParseWrite(); return;
            case Keyword.Ping: _code.Add(new PingStmt(ParseStr())); return;
            case Keyword.MidStr: ParseMidAssign(); return;
            default: Error(ErrorCode.Syntax); return;
        }
    }

    /// <summary>CLEAR may carry GW-BASIC memory arguments; they are accepted and ignored.</summary>
    private void SkipArguments()
    {
        while (!AtStatementEnd() && !Failed) { ParseExpression(); if (!AcceptSymbol(",")) break; }
    }

    private void ParseGo()
    {
        if (AcceptKeyword(Keyword.To)) _code.Add(new GotoStmt(new JumpTarget(ParseLineNumber())));
        else if (AcceptKeyword(Keyword.Sub)) _code.Add(new GosubStmt(new JumpTarget(ParseLineNumber())));
        else Error(ErrorCode.Syntax);
    }

    private void ParseAssignment()
    {
        LValue target = ParseTarget();
        if (Failed) return;
        ExpectSymbol("=");
        Expr value = ParseExpression();
        if (Failed) return;
        if (target.IsString != (value is StrExpr)) { Error(ErrorCode.TypeMismatch); return; }
        if (target.Indexes == null)
        {
            if (target.IsString) _code.Add(new LetStr(target.Slot, (StrExpr)value));
            else if (target.IsInt) _code.Add(new LetInt(target.Slot, (NumExpr)value));
            else if (value is AddVarConst inc && inc.Slot == target.Slot) _code.Add(new IncrementStmt(target.Slot, inc.Constant));
            else _code.Add(new LetNum(target.Slot, (NumExpr)value));
            return;
        }
        if (!target.IsString && target.Indexes.Length == 1)
            _code.Add(new LetNumElem1(target.Slot, target.IsInt, target.Indexes[0], (NumExpr)value));
        else _code.Add(new LetTarget(target, value));
    }

    /// <summary>A variable or array element that can be assigned.</summary>
    private LValue ParseTarget()
    {
        Token t = Peek;
        if (t.Kind != TokenKind.Word || (t.Kw != Keyword.None && !KeywordTable.IsSoft(t.Kw)) || t.Text.StartsWith("FN"))
        {
            Error(ErrorCode.Syntax);
            return new LValue(0, false, false, null);
        }
        Advance();
        string name = t.Text;
        bool isString = name.EndsWith("$");
        bool isInt = name.EndsWith("%");
        if (Peek.IsSymbol("("))
        {
            NumExpr[] indexes = ParseSubscripts();
            int aslot = isString ? _symbols.StrArray(name) : _symbols.NumArray(name);
            return new LValue(aslot, isString, isInt, indexes);
        }
        int slot = isString ? StrSlot(name) : NumSlot(name);
        return new LValue(slot, isString, isInt, null);
    }

    private LValue[] ParseTargetList()
    {
        var list = new List<LValue>();
        do list.Add(ParseTarget()); while (!Failed && AcceptSymbol(","));
        return list.ToArray();
    }

    private void ParseIf()
    {
        NumExpr cond = ParseNum();
        if (Failed) return;
        bool gotoForm = AcceptKeyword(Keyword.Goto);
        if (!gotoForm) ExpectKeyword(Keyword.Then);
        if (Failed) return;
        bool thenIsLine = gotoForm || (Peek.Kind == TokenKind.Number);
        int line = -1;
        if (thenIsLine)
        {
            line = ParseLineNumber();
            if (Failed) return;
            if (!Peek.IsKeyword(Keyword.Else))
            {
                _code.Add(new IfGotoStmt(cond, new JumpTarget(line)));
                return;
            }
        }
        var ifStmt = new IfStmt(cond);
        _code.Add(ifStmt);
        if (thenIsLine) _code.Add(new GotoStmt(new JumpTarget(line)));
        else ParseStatementList(true);
        if (Failed)
        {
            // The caller appends a FailStmt here: a false condition reaches it too.
            ifStmt.FalsePc = _code.Count;
            return;
        }
        if (!AcceptKeyword(Keyword.Else))
        {
            ifStmt.FalsePc = _code.Count;
            return;
        }
        var skipElse = new JumpStmt();
        _code.Add(skipElse);
        ifStmt.FalsePc = _code.Count;
        if (Peek.Kind == TokenKind.Number) _code.Add(new GotoStmt(new JumpTarget(ParseLineNumber())));
        else ParseStatementList(true);
        skipElse.TargetPc = _code.Count;
    }

    private void ParseFor()
    {
        LValue v = ParseTarget();
        if (Failed) return;
        if (v.IsString || v.Indexes != null) { Error(ErrorCode.TypeMismatch); return; }
        ExpectSymbol("=");
        NumExpr start = ParseNum();
        ExpectKeyword(Keyword.To);
        NumExpr limit = ParseNum();
        NumExpr step = AcceptKeyword(Keyword.Step) ? ParseNum() : null;
        if (!Failed) _code.Add(new ForStmt(v.Slot, v.IsInt, start, limit, step));
    }

    private void ParseNext()
    {
        if (AtStatementEnd()) { _code.Add(new NextStmt(-1)); return; }
        do
        {
            LValue v = ParseTarget();
            if (Failed) return;
            if (v.IsString || v.Indexes != null) { Error(ErrorCode.Syntax); return; }
            _code.Add(new NextStmt(v.Slot));
        } while (AcceptSymbol(","));
    }

    private void ParseOn()
    {
        if (AcceptKeyword(Keyword.Error))
        {
            ExpectKeyword(Keyword.Goto);
            _code.Add(new OnErrorStmt(new JumpTarget(ParseLineNumber())));
            return;
        }
        NumExpr selector = ParseNum();
        bool isGosub;
        if (AcceptKeyword(Keyword.Goto)) isGosub = false;
        else if (AcceptKeyword(Keyword.Gosub)) isGosub = true;
        else if (AcceptKeyword(Keyword.Go))
        {
            isGosub = AcceptKeyword(Keyword.Sub);
            if (!isGosub) ExpectKeyword(Keyword.To);
        }
        else { Error(ErrorCode.Syntax); return; }
        var targets = new List<JumpTarget>();
        do targets.Add(new JumpTarget(ParseLineNumber())); while (!Failed && AcceptSymbol(","));
        if (!Failed) _code.Add(new OnJumpStmt(selector, targets.ToArray(), isGosub));
    }

    private void ParseResume()
    {
        if (AtStatementEnd()) { _code.Add(new ResumeStmt(ResumeKind.Same, null)); return; }
        if (AcceptKeyword(Keyword.Next)) { _code.Add(new ResumeStmt(ResumeKind.Next, null)); return; }
        int line = ParseLineNumber();
        if (line == 0) _code.Add(new ResumeStmt(ResumeKind.Same, null));
        else _code.Add(new ResumeStmt(ResumeKind.Line, new JumpTarget(line)));
    }

    private void ParseOptionBase()
    {
        ExpectKeyword(Keyword.Base);
        Token t = Peek;
        if (Failed || t.Kind != TokenKind.Number || (t.Num != 0 && t.Num != 1)) { Error(ErrorCode.Syntax); return; }
        Advance();
        _code.Add(new OptionBaseStmt((int)t.Num));
    }

    private void ParseSwap()
    {
        LValue a = ParseTarget();
        ExpectSymbol(",");
        LValue b = ParseTarget();
        if (Failed) return;
        if (a.IsString != b.IsString) { Error(ErrorCode.TypeMismatch); return; }
        _code.Add(new SwapStmt(a, b));
    }

    private void ParseMidAssign()
    {
        ExpectSymbol("(");
        LValue target = ParseTarget();
        if (!Failed && !target.IsString) Error(ErrorCode.TypeMismatch);
        ExpectSymbol(",");
        NumExpr start = ParseNum();
        NumExpr count = AcceptSymbol(",") ? ParseNum() : null;
        ExpectSymbol(")");
        ExpectSymbol("=");
        StrExpr value = ParseStr();
        if (!Failed) _code.Add(new MidAssign(target, start, count, value));
    }
}
