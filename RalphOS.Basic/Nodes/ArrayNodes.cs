// Array element reads. An array used before DIM is dimensioned to 10 in each dimension
// (GW-BASIC). Subscripts are rounded; out of range gives "Subscript out of range".
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal sealed class NumArrayGet1 : NumExpr
{
    private readonly int _slot;
    private readonly NumExpr _index;
    public NumArrayGet1(int slot, NumExpr index) { _slot = slot; _index = index; }
    public override double Eval(Machine m)
    {
        double s = _index.Eval(m);
        BasicArray a = m.NumArrays[_slot] ?? m.AutoDimension(_slot, false, 1);
        if (a == null) return 0;
        int k = a.Upper.Length == 1 && s >= a.Base - 0.5 && s < a.Upper[0] + 0.5 ? (int)(s + 0.5 - a.Base) : -1;
        if (k < 0) { m.Fail(ErrorCode.SubscriptOutOfRange); return 0; }
        return a.Nums[k];
    }
}

internal sealed class NumArrayGet : NumExpr
{
    private readonly int _slot;
    private readonly NumExpr[] _indexes;
    public NumArrayGet(int slot, NumExpr[] indexes) { _slot = slot; _indexes = indexes; }
    public override double Eval(Machine m)
    {
        int k = ArrayIndexing.Offset(m, _slot, false, _indexes, out BasicArray a);
        return k < 0 ? 0 : a.Nums[k];
    }
}

internal sealed class StrArrayGet : StrExpr
{
    private readonly int _slot;
    private readonly NumExpr[] _indexes;
    public StrArrayGet(int slot, NumExpr[] indexes) { _slot = slot; _indexes = indexes; }
    public override string Eval(Machine m)
    {
        int k = ArrayIndexing.Offset(m, _slot, true, _indexes, out BasicArray a);
        return k < 0 ? "" : a.Strs[k];
    }
}

/// <summary>Shared subscript evaluation for reads and writes of any rank.</summary>
internal static class ArrayIndexing
{
    public const int MaxDimensions = 8;

    public static int Offset(Machine m, int slot, bool isString, NumExpr[] indexes, out BasicArray a)
    {
        System.Span<double> subs = stackalloc double[MaxDimensions];
        for (int i = 0; i < indexes.Length && i < MaxDimensions; i++) subs[i] = indexes[i].Eval(m);
        a = isString ? m.StrArrays[slot] : m.NumArrays[slot];
        if (a == null) a = m.AutoDimension(slot, isString, indexes.Length);
        if (a == null) return -1;
        int k = a.Offset(subs, indexes.Length);
        if (k < 0) m.Fail(ErrorCode.SubscriptOutOfRange);
        return k;
    }
}
