// An in-memory file store: embedded programs added at start-up plus whatever SAVE writes,
// and the data files BASIC's OPEN writes (a table of their own, named with their extension).
// Names are case-insensitive (kept upper case), programs without ".bas". Bounded in count
// and size: past the bounds a write answers "Disk full", as a full disk would.
using System.Collections.Generic;

namespace RalphOS.Basic.Host;

public sealed class MemoryFileStore : IBasicFileStore
{
    private const int MaxFiles = 64;
    private const int MaxFileChars = 256 * 1024;
    private readonly Dictionary<string, string> _files = new Dictionary<string, string>();
    private readonly Dictionary<string, string> _data = new Dictionary<string, string>();

    /// <summary>Adds or replaces a file (used for embedded programs and by SAVE).</summary>
    public bool Save(string name, string text)
    {
        string key = Normalize(name);
        if (key.Length == 0 || text == null || text.Length > MaxFileChars) return false;
        if (!_files.ContainsKey(key) && _files.Count >= MaxFiles) return false;
        _files[key] = text;
        return true;
    }

    public bool TryLoad(string name, out string text)
    {
        return _files.TryGetValue(Normalize(name), out text);
    }

    public string[] List()
    {
        var names = new string[_files.Count];
        int i = 0;
        foreach (var pair in _files) names[i++] = pair.Key;
        System.Array.Sort(names, string.CompareOrdinal);
        return names;
    }

    /// <summary>KILL: a program of that name, else a data file.</summary>
    public string Delete(string name) => _files.Remove(Normalize(name)) || _data.Remove(DataKey(name)) ? null : "File not found";

    public string Rename(string from, string to)
    {
        string source = Normalize(from), target = Normalize(to);
        if (!_files.TryGetValue(source, out string text)) return "File not found";
        if (target.Length == 0) return "Bad file name";
        if (_files.ContainsKey(target)) return "File already exists";
        _files.Remove(source);
        _files[target] = text;
        return null;
    }

    public string ReadData(string name, out string text)
    {
        text = null;
        string key = DataKey(name);
        if (key.Length == 0) return "Bad file name";
        return _data.TryGetValue(key, out text) ? null : "File not found";
    }

    public string WriteData(string name, string text)
    {
        string key = DataKey(name);
        if (key.Length == 0) return "Bad file name";
        if (text == null || text.Length > MaxFileChars) return "Disk full";
        if (!_data.ContainsKey(key) && _data.Count >= MaxFiles) return "Disk full";
        _data[key] = text;
        return null;
    }

    /// <summary>FILES: the programs (NAME.BAS), then the data files.</summary>
    public string Listing()
    {
        var sb = new System.Text.StringBuilder();
        foreach (string name in List()) sb.Append(name).Append(".BAS\n");
        foreach (string name in DataNames()) sb.Append(name).Append('\n');
        return sb.ToString();
    }

    /// <summary>The data files' names, sorted (FILES of a store without a disk).</summary>
    public string[] DataNames()
    {
        var names = new string[_data.Count];
        int i = 0;
        foreach (var pair in _data) names[i++] = pair.Key;
        System.Array.Sort(names, string.CompareOrdinal);
        return names;
    }

    private static string DataKey(string name) => name == null ? "" : name.Trim().ToUpperInvariant();

    /// <summary>Upper case, trimmed, a trailing ".BAS" removed.</summary>
    public static string Normalize(string name)
    {
        if (name == null) return "";
        string n = name.Trim().ToUpperInvariant();
        if (n.EndsWith(".BAS")) n = n.Substring(0, n.Length - 4);
        return n;
    }
}
