// An assignable place: a scalar or an array element, numeric (maybe %) or string. Used by
// INPUT, READ, LINE INPUT, SWAP, MID$ = and general LET.
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal sealed class LValue
{
    public readonly int Slot;
    public readonly bool IsString;
    public readonly bool IsInt;
    /// <summary>Null for a scalar; subscripts for an array element.</summary>
    public readonly NumExpr[] Indexes;

    public LValue(int slot, bool isString, bool isInt, NumExpr[] indexes)
    {
        Slot = slot;
        IsString = isString;
        IsInt = isInt;
        Indexes = indexes;
    }

    public static double RoundInteger(Machine m, double v)
    {
        double r = System.Math.Round(v);
        if (!(r >= -2147483648.0 && r <= 2147483647.0)) { m.Fail(ErrorCode.Overflow); return 0; }
        return r;
    }

    public void AssignNum(Machine m, double v)
    {
        if (m.Signal != 0) return;
        if (IsInt) v = RoundInteger(m, v);
        if (Indexes == null) { m.Nums[Slot] = v; return; }
        int k = ArrayIndexing.Offset(m, Slot, false, Indexes, out BasicArray a);
        if (k >= 0 && m.Signal == 0) a.Nums[k] = v;
    }

    public void AssignStr(Machine m, string v)
    {
        if (m.Signal != 0) return;
        if (Indexes == null) { m.SetString(Slot, v); return; }
        int k = ArrayIndexing.Offset(m, Slot, true, Indexes, out BasicArray a);
        if (k >= 0 && m.Signal == 0) m.SetArrayString(a, k, v);
    }

    public double GetNum(Machine m)
    {
        if (Indexes == null) return m.Nums[Slot];
        int k = ArrayIndexing.Offset(m, Slot, false, Indexes, out BasicArray a);
        return k < 0 ? 0 : a.Nums[k];
    }

    public string GetStr(Machine m)
    {
        if (Indexes == null) return m.Strs[Slot];
        int k = ArrayIndexing.Offset(m, Slot, true, Indexes, out BasicArray a);
        return k < 0 ? "" : a.Strs[k];
    }
}
