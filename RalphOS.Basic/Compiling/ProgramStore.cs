// The program being edited: lines kept sorted by number. Interface: Set (add/replace),
// Delete, DeleteRange, Find, Lines (in order), Bytes. Used by the Repl and the compiler.
using System.Collections.Generic;

namespace RalphOS.Basic.Compiling;

public sealed class ProgramStore
{
    public const int MaxLineNumber = 65529;
    private readonly List<ProgramLine> _lines = new List<ProgramLine>();

    public int Count => _lines.Count;
    public long Bytes { get; private set; }
    /// <summary>Bumped on every change so compiled code knows when it is stale.</summary>
    public int Version { get; private set; }

    public ProgramLine this[int index] => _lines[index];

    public void Set(ProgramLine line)
    {
        int i = IndexOf(line.Number);
        if (i >= 0)
        {
            Bytes -= _lines[i].Bytes;
            _lines[i] = line;
        }
        else _lines.Insert(~i, line);
        Bytes += line.Bytes;
        Version++;
    }

    public bool Delete(int number)
    {
        int i = IndexOf(number);
        if (i < 0) return false;
        Bytes -= _lines[i].Bytes;
        _lines.RemoveAt(i);
        Version++;
        return true;
    }

    /// <summary>Removes lines first..last inclusive; returns how many.</summary>
    public int DeleteRange(int first, int last)
    {
        int removed = 0;
        for (int i = _lines.Count - 1; i >= 0; i--)
        {
            int n = _lines[i].Number;
            if (n < first || n > last) continue;
            Bytes -= _lines[i].Bytes;
            _lines.RemoveAt(i);
            removed++;
        }
        if (removed > 0) Version++;
        return removed;
    }

    public void Clear()
    {
        _lines.Clear();
        Bytes = 0;
        Version++;
    }

    public ProgramLine Find(int number)
    {
        int i = IndexOf(number);
        return i >= 0 ? _lines[i] : null;
    }

    /// <summary>Binary search: index if present, else the complement of the insert point.</summary>
    public int IndexOf(int number)
    {
        int lo = 0, hi = _lines.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int n = _lines[mid].Number;
            if (n == number) return mid;
            if (n < number) lo = mid + 1;
            else hi = mid - 1;
        }
        return ~lo;
    }
}
