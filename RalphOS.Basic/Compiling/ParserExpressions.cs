// Parser rules for expressions: precedence climbing over the GW-BASIC operator table,
// type-checked while building (numeric vs string). Nesting and tree height are bounded
// ("Formula too complex") so neither parsing nor evaluation can exhaust a small stack.
// Precedence, loosest first: IMP, EQV, XOR, OR, AND, NOT, relational, + -, MOD, \, * /,
// unary -, ^. All binary operators are left-associative (2^3^2 = 64, as in GW-BASIC).
using System.Collections.Generic;
using RalphOS.Basic.Lexing;
using RalphOS.Basic.Nodes;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Compiling;

internal sealed partial class Parser
{
    private const int PrecNot = 6;
    private const int PrecRelational = 7;
    private const int PrecUnaryMinus = 12;
    private const int PrecPower = 13;
    private const int MaxBinaryNesting = 40;

    private static readonly NumConst s_zero = new NumConst(0);
    private static readonly StrConst s_empty = new StrConst("");

    private Expr ParseExpression() => ParseBinary(1);

    private NumExpr ParseNum()
    {
        Expr e = ParseExpression();
        if (e is NumExpr n) return n;
        Error(ErrorCode.TypeMismatch);
        return s_zero;
    }

    private StrExpr ParseStr()
    {
        Expr e = ParseExpression();
        if (e is StrExpr s) return s;
        Error(ErrorCode.TypeMismatch);
        return s_empty;
    }

    /// <summary>"(" numeric expressions separated by "," ")".</summary>
    private NumExpr[] ParseSubscripts()
    {
        var list = new List<NumExpr>();
        ExpectSymbol("(");
        do list.Add(ParseNum()); while (!Failed && list.Count <= ArrayIndexing.MaxDimensions && AcceptSymbol(","));
        if (list.Count > ArrayIndexing.MaxDimensions) Error(ErrorCode.SubscriptOutOfRange);
        ExpectSymbol(")");
        return list.ToArray();
    }

    private Expr ParseBinary(int minPrec)
    {
        if (++_nesting > MaxBinaryNesting) { Error(ErrorCode.FormulaTooComplex); _nesting--; return s_zero; }
        Expr left = ParseUnary();
        while (!Failed)
        {
            int prec = BinaryPrecedence(Peek);
            if (prec == 0 || prec < minPrec) break;
            Token op = Peek;
            Advance();
            Expr right = ParseBinary(prec + 1);
            if (Failed) break;
            left = Limit(BuildBinary(op, left, right), left, right);
        }
        _nesting--;
        return left;
    }

    private Expr ParseUnary()
    {
        if (AcceptSymbol("-")) return Negated(ParseBinary(PrecUnaryMinus));
        if (AcceptSymbol("+")) return ParseBinary(PrecUnaryMinus);
        if (Peek.IsKeyword(Keyword.Not) && !_shadowed.Contains(Keyword.Not))
        {
            Advance();
            Expr e = ParseBinary(PrecRelational);
            if (e is NumExpr n) return Limit(new Not(n), e, null);
            Error(ErrorCode.TypeMismatch);
            return s_zero;
        }
        return ParsePrimary();
    }

    private Expr Negated(Expr e)
    {
        if (e is NumConst c) return new NumConst(-c.Value);
        if (e is NumExpr n) return Limit(new Negate(n), e, null);
        Error(ErrorCode.TypeMismatch);
        return s_zero;
    }

    /// <summary>Sets a new node's height and enforces MaxHeight.</summary>
    private Expr Limit(Expr node, Expr a, Expr b)
    {
        int h = a.Height;
        if (b != null && b.Height > h) h = b.Height;
        node.Height = h + 1;
        if (node.Height > MaxHeight) Error(ErrorCode.FormulaTooComplex);
        return node;
    }

    private static int BinaryPrecedence(Token t)
    {
        if (t.Kind == TokenKind.Symbol)
        {
            switch (t.Text)
            {
                case "^": return PrecPower;
                case "*": case "/": return 11;
                case "\\": return 10;
                case "+": case "-": return 8;
                case "=": case "<>": case "<": case ">": case "<=": case ">=": return PrecRelational;
                default: return 0;
            }
        }
        if (t.Kind != TokenKind.Word) return 0;
        switch (t.Kw)
        {
            case Keyword.Mod: return 9;
            case Keyword.And: return 5;
            case Keyword.Or: return 4;
            case Keyword.Xor: return 3;
            case Keyword.Eqv: return 2;
            case Keyword.Imp: return 1;
            default: return 0;
        }
    }

    private Expr BuildBinary(Token op, Expr left, Expr right)
    {
        bool strings = left is StrExpr;
        if (strings != (right is StrExpr)) { Error(ErrorCode.TypeMismatch); return s_zero; }
        if (op.Kind == TokenKind.Symbol && BinaryPrecedence(op) == PrecRelational)
        {
            CompareOp cmp = ToCompare(op.Text);
            if (strings) return new StrCompare(cmp, (StrExpr)left, (StrExpr)right);
            if (left is NumVar lv && right is NumConst rc) return new CompareVarConst(cmp, lv.Slot, rc.Value);
            if (left is NumVar lv2 && right is NumVar rv) return new CompareVarVar(cmp, lv2.Slot, rv.Slot);
            if (cmp == CompareOp.Lt) return new NumLess((NumExpr)left, (NumExpr)right);
            return new NumCompare(cmp, (NumExpr)left, (NumExpr)right);
        }
        if (strings)
        {
            if (op.IsSymbol("+")) return new Concat((StrExpr)left, (StrExpr)right);
            Error(ErrorCode.TypeMismatch);
            return s_empty;
        }
        var a = (NumExpr)left;
        var b = (NumExpr)right;
        if (op.Kind == TokenKind.Word)
        {
            switch (op.Kw)
            {
                case Keyword.Mod: return new Mod(a, b);
                case Keyword.And: return new Logic(LogicOp.And, a, b);
                case Keyword.Or: return new Logic(LogicOp.Or, a, b);
                case Keyword.Xor: return new Logic(LogicOp.Xor, a, b);
                case Keyword.Eqv: return new Logic(LogicOp.Eqv, a, b);
                default: return new Logic(LogicOp.Imp, a, b);
            }
        }
        switch (op.Text)
        {
            case "+":
                if (a is NumVar va && b is NumConst cb) return new AddVarConst(va.Slot, cb.Value);
                if (b is NumVar vb && a is NumConst ca) return new AddVarConst(vb.Slot, ca.Value);
                if (a is NumVar va2 && b is NumVar vb2) return new AddVarVar(va2.Slot, vb2.Slot);
                return new Add(a, b);
            case "-":
                if (a is NumVar vs && b is NumConst cs) return new AddVarConst(vs.Slot, -cs.Value);
                return new Sub(a, b);
            case "*": return new Mul(a, b);
            case "/": return new Div(a, b);
            case "\\": return new IntDiv(a, b);
            default: return new Power(a, b);
        }
    }

    private static CompareOp ToCompare(string s)
    {
        switch (s)
        {
            case "=": return CompareOp.Eq;
            case "<>": return CompareOp.Ne;
            case "<": return CompareOp.Lt;
            case "<=": return CompareOp.Le;
            case ">": return CompareOp.Gt;
            default: return CompareOp.Ge;
        }
    }

    private Expr ParsePrimary()
    {
        Token t = Peek;
        switch (t.Kind)
        {
            case TokenKind.Number:
                Advance();
                if (double.IsInfinity(t.Num)) Error(ErrorCode.Overflow);
                return new NumConst(t.Num);
            case TokenKind.String:
                Advance();
                return new StrConst(t.Text);
            case TokenKind.Symbol:
                if (!AcceptSymbol("(")) break;
                Expr inner = ParseExpression();
                ExpectSymbol(")");
                return inner;
            case TokenKind.Word:
                if (t.Kw == Keyword.None && t.Text.StartsWith("FN") && t.Text.Length > 2) return ParseFunctionCall();
                if (t.Kw == Keyword.Fn) return ParseFunctionCall();
                if (t.Kw == Keyword.None || _shadowed.Contains(t.Kw)) return ParseVariable();
                Advance();
                return ParseBuiltin(t.Kw);
        }
        Error(t.Kind == TokenKind.Eol ? ErrorCode.MissingOperand : ErrorCode.Syntax);
        return s_zero;
    }

    private Expr ParseVariable()
    {
        Token t = Peek;
        Advance();
        string name = t.Text;
        bool isString = name.EndsWith("$");
        if (Peek.IsSymbol("(") && (_params == null || !_params.ContainsKey(name)))
        {
            NumExpr[] indexes = ParseSubscripts();
            int height = 0;
            foreach (var ix in indexes) if (ix.Height > height) height = ix.Height;
            Expr node;
            if (isString) node = new StrArrayGet(_symbols.StrArray(name), indexes);
            else if (indexes.Length == 1) node = new NumArrayGet1(_symbols.NumArray(name), indexes[0]);
            else node = new NumArrayGet(_symbols.NumArray(name), indexes);
            node.Height = height + 1;
            return node;
        }
        if (isString) return new StrVar(StrSlot(name));
        return new NumVar(NumSlot(name));
    }

    private Expr ParseFunctionCall()
    {
        string name = ParseFunctionName();
        if (Failed) return s_zero;
        UserFunction f = FunctionNamed(name);
        var args = new List<Expr>();
        int height = 0;
        if (AcceptSymbol("("))
        {
            do
            {
                Expr a = ParseExpression();
                if (a.Height > height) height = a.Height;
                args.Add(a);
            } while (!Failed && args.Count <= UserFunctionBinder.MaxArgs && AcceptSymbol(","));
            ExpectSymbol(")");
        }
        Expr call = f.IsString ? new StrFnCall(f, args.ToArray()) : new NumFnCall(f, args.ToArray());
        call.Height = height + 1;
        return call;
    }
}
