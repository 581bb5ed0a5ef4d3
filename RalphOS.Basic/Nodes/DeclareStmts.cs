// DIM, ERASE, DEF FN, OPTION BASE, CLEAR and RANDOMIZE.
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal struct DimEntry
{
    public int Slot;
    public bool IsString;
    public NumExpr[] Bounds;
    /// <summary>Constant bounds and the only DIM of this array: allocated at RUN, before
    /// the first statement, as Minimal BASIC's declarative DIM requires.</summary>
    public bool Static;
}

internal sealed class DimStmt : Stmt
{
    private readonly DimEntry[] _entries;
    public DimStmt(DimEntry[] entries) { _entries = entries; }
    public DimEntry[] Entries => _entries;

    /// <summary>At RUN: allocates the static entries (see DimEntry.Static).</summary>
    public void Preallocate(Machine m)
    {
        for (int i = 0; i < _entries.Length && m.Signal == 0; i++)
        {
            if (_entries[i].Static) Allocate(m, _entries[i]);
        }
    }

    public override void Execute(Machine m)
    {
        for (int i = 0; i < _entries.Length; i++)
        {
            var e = _entries[i];
            BasicArray existing = e.IsString ? m.StrArrays[e.Slot] : m.NumArrays[e.Slot];
            if (e.Static && existing != null && existing.Base == m.OptionBase && SameBounds(m, e, existing)) continue;
            Allocate(m, e);
            if (m.Signal != 0) return;
        }
    }

    private static bool SameBounds(Machine m, DimEntry e, BasicArray a)
    {
        if (a.Upper.Length != e.Bounds.Length) return false;
        for (int d = 0; d < a.Upper.Length; d++)
            if (System.Math.Round(e.Bounds[d].Eval(m)) != a.Upper[d]) return false;
        return true;
    }

    private static void Allocate(Machine m, DimEntry e)
    {
        {
            var bounds = new double[e.Bounds.Length];
            for (int d = 0; d < bounds.Length; d++) bounds[d] = e.Bounds[d].Eval(m);
            if (m.Signal != 0) return;
            m.Dimension(e.Slot, e.IsString, bounds);
        }
    }
}

internal sealed class EraseStmt : Stmt
{
    private readonly int[] _slots;
    private readonly bool[] _isString;
    public EraseStmt(int[] slots, bool[] isString) { _slots = slots; _isString = isString; }
    public override void Execute(Machine m)
    {
        for (int i = 0; i < _slots.Length && m.Signal == 0; i++) m.Erase(_slots[i], _isString[i]);
    }
}

/// <summary>DEF FN: running it (re)defines the function with this body and parameters.</summary>
internal sealed class DefStmt : Stmt
{
    private readonly UserFunction _f;
    private readonly Expr _body;
    private readonly int[] _slots;
    private readonly bool[] _isString;
    public DefStmt(UserFunction f, Expr body, int[] slots, bool[] isString) { _f = f; _body = body; _slots = slots; _isString = isString; }
    public override void Execute(Machine m)
    {
        _f.Body = _body;
        _f.ParamSlots = _slots;
        _f.ParamIsString = _isString;
        _f.Defined = true;
    }
}

internal sealed class OptionBaseStmt : Stmt
{
    public readonly int Base;
    public OptionBaseStmt(int optionBase) { Base = optionBase; }
    public override void Execute(Machine m) => m.OptionBase = Base;
}

internal sealed class ClearStmt : Stmt
{
    public override void Execute(Machine m)
    {
        int pc = m.Pc;
        m.ClearVariables();
        m.Pc = pc;
    }
}

internal sealed class RandomizeStmt : Stmt
{
    private readonly NumExpr _seed;
    public RandomizeStmt(NumExpr seed) { _seed = seed; }
    public override void Execute(Machine m)
    {
        double seed = _seed == null ? m.Host.Clock.MillisecondsSinceBoot : _seed.Eval(m);
        if (m.Signal == 0) m.Rng.Seed(seed);
    }
}
