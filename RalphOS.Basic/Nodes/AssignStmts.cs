// Assignment statements (LET and implicit), specialised by target kind so the numeric
// path stays a single virtual call plus an array store.
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal sealed class LetNum : Stmt
{
    private readonly int _slot;
    private readonly NumExpr _value;
    public LetNum(int slot, NumExpr value) { _slot = slot; _value = value; }
    public override void Execute(Machine m)
    {
        double v = _value.Eval(m);
        if (m.Signal == 0) m.Nums[_slot] = v;
    }
}

internal sealed class LetInt : Stmt
{
    private readonly int _slot;
    private readonly NumExpr _value;
    public LetInt(int slot, NumExpr value) { _slot = slot; _value = value; }
    public override void Execute(Machine m)
    {
        double v = _value.Eval(m);
        if (m.Signal == 0) m.SetInteger(_slot, v);
    }
}

internal sealed class LetStr : Stmt
{
    private readonly int _slot;
    private readonly StrExpr _value;
    public LetStr(int slot, StrExpr value) { _slot = slot; _value = value; }
    public override void Execute(Machine m)
    {
        string v = _value.Eval(m);
        if (m.Signal == 0) m.SetString(_slot, v);
    }
}

/// <summary>Store into a one-dimensional numeric array element (the common case).</summary>
internal sealed class LetNumElem1 : Stmt
{
    private readonly int _slot;
    private readonly bool _isInt;
    private readonly NumExpr _index, _value;
    public LetNumElem1(int slot, bool isInt, NumExpr index, NumExpr value) { _slot = slot; _isInt = isInt; _index = index; _value = value; }
    public override void Execute(Machine m)
    {
        double s = _index.Eval(m);
        double v = _value.Eval(m);
        if (m.Signal != 0) return;
        BasicArray a = m.NumArrays[_slot] ?? m.AutoDimension(_slot, false, 1);
        if (a == null) return;
        if (a.Upper.Length != 1 || !(s >= a.Base - 0.5 && s < a.Upper[0] + 0.5)) { m.Fail(ErrorCode.SubscriptOutOfRange); return; }
        if (_isInt) v = LValue.RoundInteger(m, v);
        a.Nums[(int)(s + 0.5 - a.Base)] = v;
    }
}

/// <summary>Store through a general target (several dimensions, string elements).</summary>
internal sealed class LetTarget : Stmt
{
    private readonly LValue _target;
    private readonly Expr _value;
    public LetTarget(LValue target, Expr value) { _target = target; _value = value; }
    public override void Execute(Machine m)
    {
        if (_target.IsString) _target.AssignStr(m, ((StrExpr)_value).Eval(m));
        else _target.AssignNum(m, ((NumExpr)_value).Eval(m));
    }
}

/// <summary>MID$(a$, start [, n]) = b$: overwrites characters in place.</summary>
internal sealed class MidAssign : Stmt
{
    private readonly LValue _target;
    private readonly NumExpr _start, _count;
    private readonly StrExpr _value;
    public MidAssign(LValue target, NumExpr start, NumExpr count, StrExpr value) { _target = target; _start = start; _count = count; _value = value; }
    public override void Execute(Machine m)
    {
        string s = _target.GetStr(m);
        double start = _start.Eval(m);
        string v = _value.Eval(m);
        double n = _count == null ? v.Length : _count.Eval(m);
        if (m.Signal != 0) return;
        if (start < 1 || start > s.Length || n < 0) { m.Fail(ErrorCode.IllegalFunctionCall); return; }
        int at = (int)start - 1;
        int len = (int)System.Math.Min(System.Math.Min(n, v.Length), s.Length - at);
        var chars = new char[s.Length];
        for (int i = 0; i < s.Length; i++) chars[i] = i >= at && i < at + len ? v[i - at] : s[i];
        _target.AssignStr(m, new string(chars, 0, chars.Length));
    }
}

internal sealed class SwapStmt : Stmt
{
    private readonly LValue _a, _b;
    public SwapStmt(LValue a, LValue b) { _a = a; _b = b; }
    public override void Execute(Machine m)
    {
        if (_a.IsString)
        {
            string x = _a.GetStr(m), y = _b.GetStr(m);
            if (m.Signal != 0) return;
            _a.AssignStr(m, y);
            _b.AssignStr(m, x);
            return;
        }
        double p = _a.GetNum(m), q = _b.GetNum(m);
        if (m.Signal != 0) return;
        _a.AssignNum(m, q);
        _b.AssignNum(m, p);
    }
}
