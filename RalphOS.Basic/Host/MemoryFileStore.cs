// An in-memory file store: embedded programs added at start-up plus whatever SAVE writes.
// Names are case-insensitive (kept upper case), without ".bas". Bounded in count and size.
using System.Collections.Generic;

namespace RalphOS.Basic.Host;

public sealed class MemoryFileStore : IBasicFileStore
{
    private const int MaxFiles = 64;
    private const int MaxFileChars = 256 * 1024;
    private readonly Dictionary<string, string> _files = new Dictionary<string, string>();

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

    public string Delete(string name) => _files.Remove(Normalize(name)) ? null : "File not found";

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

    /// <summary>Upper case, trimmed, a trailing ".BAS" removed.</summary>
    public static string Normalize(string name)
    {
        if (name == null) return "";
        string n = name.Trim().ToUpperInvariant();
        if (n.EndsWith(".BAS")) n = n.Substring(0, n.Length - 4);
        return n;
    }
}
