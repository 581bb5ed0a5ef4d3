// Names -> slots, resolved once at compile time so running code indexes arrays directly.
// Four separate name spaces, as in GW-BASIC: numeric scalars (A, A%, A# and A! share
// nothing except that A, A! and A# are the same double variable), string scalars (A$),
// numeric arrays and string arrays. Also the DEF FN table.
using System.Collections.Generic;

namespace RalphOS.Basic.Runtime;

public sealed class SymbolTable
{
    private readonly Dictionary<string, int> _nums = new Dictionary<string, int>();
    private readonly Dictionary<string, int> _strs = new Dictionary<string, int>();
    private readonly Dictionary<string, int> _numArrays = new Dictionary<string, int>();
    private readonly Dictionary<string, int> _strArrays = new Dictionary<string, int>();
    private readonly List<bool> _numIsInt = new List<bool>();
    internal readonly Dictionary<string, Nodes.UserFunction> Functions = new Dictionary<string, Nodes.UserFunction>();

    public int NumCount => _nums.Count;
    public int StrCount => _strs.Count;
    public int NumArrayCount => _numArrays.Count;
    public int StrArrayCount => _strArrays.Count;

    /// <summary>True if numeric slot holds a % (integer) variable.</summary>
    public bool IsInt(int slot) => slot >= 0 && slot < _numIsInt.Count && _numIsInt[slot];

    /// <summary>Slot of a numeric scalar; name without "!"/"#", with "%" if integer.</summary>
    public int Num(string name) => Slot(_nums, CanonicalNumeric(name), true);
    public int Str(string name) => Slot(_strs, name, false);
    public int NumArray(string name) => Slot(_numArrays, CanonicalNumeric(name), false);
    public int StrArray(string name) => Slot(_strArrays, name, false);

    public void Clear()
    {
        _nums.Clear();
        _strs.Clear();
        _numArrays.Clear();
        _strArrays.Clear();
        _numIsInt.Clear();
        Functions.Clear();
    }

    private int Slot(Dictionary<string, int> map, string name, bool trackInt)
    {
        if (map.TryGetValue(name, out int slot)) return slot;
        slot = map.Count;
        map[name] = slot;
        if (trackInt) _numIsInt.Add(name.EndsWith("%"));
        return slot;
    }

    private static string CanonicalNumeric(string name)
    {
        if (name.EndsWith("!") || name.EndsWith("#")) return name.Substring(0, name.Length - 1);
        return name;
    }
}
