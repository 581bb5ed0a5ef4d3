// HostDirectoryFileStore: the host runner's BASIC files (IBasicFileStore) in a directory
// of the host, the current one unless `--dir` names another. A program NAME is the file
// NAME.BAS (name.bas for a lower-case name; the REPL passes names in upper case, as the
// OS's FAT disk shows them; a name with its own extension keeps it); data files (OPEN)
// use their names as given. Names are matched case-insensitively, as on the OS's FAT disk, so LOAD "FIB"
// finds fib.bas and SAVE "Mine" replaces an existing MINE.BAS instead of adding a second
// file. A name never leaves the directory (no '/', '\' or ".."): "Bad file name".
// MKDIR, CHDIR and RMDIR work below the directory, never above it. SAVE writes a new file
// next to the old one and renames it over, so a crash leaves the old or the new text.
// The repo's bas/ programs stay visible, read-only, after the directory's own files.
// Created by Program.cs; tests/RalphOS.BasicRunner.Tests drives it directly.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Cli;

public sealed class HostDirectoryFileStore : IBasicFileStore
{
    private const string ProgramExtension = ".BAS";
    private const string TemporarySuffix = ".saving";
    private static readonly Encoding Text = new UTF8Encoding(false);
    private readonly string _root;
    private readonly Dictionary<string, string> _builtIn;
    private readonly List<string> _current = new List<string>();   // CHDIR's path below the root

    /// <summary>builtIn maps upper-case program names (no ".bas") to their texts.</summary>
    public HostDirectoryFileStore(string directory, Dictionary<string, string> builtIn)
    {
        _root = Path.GetFullPath(directory);
        _builtIn = builtIn ?? new Dictionary<string, string>();
    }

    /// <summary>The directory CHDIR has reached (the root at first).</summary>
    public string CurrentDirectory => Path.Combine(_root, Path.Combine(_current.ToArray()));

    public bool TryLoad(string name, out string text)
    {
        text = null;
        string key = MemoryFileStore.Normalize(name);
        string path = Find(ProgramFileName(name));
        if (path != null && ReadText(path, out text) == null) return true;
        return _builtIn.TryGetValue(key, out text);
    }

    public bool Save(string name, string text) => TrySave(name, text, out _);

    public bool TrySave(string name, string text, out string message)
    {
        message = Write(ProgramFileName(name), text);
        return message == null;
    }

    public string ReadData(string name, out string text)
    {
        text = null;
        if (!IsPlainName(name)) return "Bad file name";
        string path = Find(name.Trim());
        return path == null ? "File not found" : ReadText(path, out text);
    }

    public string WriteData(string name, string text) => Write(name?.Trim(), text);

    public string Delete(string name)
    {
        if (!IsPlainName(name)) return "Bad file name";
        string path = Find(ProgramFileName(name));
        if (path == null) return _builtIn.ContainsKey(MemoryFileStore.Normalize(name)) ? "Permission denied" : "File not found";
        return Attempt(() => File.Delete(path));
    }

    public string Rename(string from, string to)
    {
        if (!IsPlainName(from) || !IsPlainName(to)) return "Bad file name";
        string source = Find(ProgramFileName(from));
        if (source == null) return _builtIn.ContainsKey(MemoryFileStore.Normalize(from)) ? "Permission denied" : "File not found";
        if (Find(ProgramFileName(to)) != null) return "File already exists";
        return Attempt(() => File.Move(source, Path.Combine(CurrentDirectory, ProgramFileName(to))));
    }

    public string MakeDirectory(string name)
    {
        if (!IsPlainName(name)) return "Bad file name";
        if (Find(name.Trim()) != null) return "Path/file access error";
        return Attempt(() => Directory.CreateDirectory(Path.Combine(CurrentDirectory, name.Trim())));
    }

    public string RemoveDirectory(string name)
    {
        if (!IsPlainName(name)) return "Bad file name";
        string path = Find(name.Trim());
        if (path == null || !Directory.Exists(path)) return "Path not found";
        if (Directory.GetFileSystemEntries(path).Length > 0) return "Path/file access error";
        return Attempt(() => Directory.Delete(path));
    }

    /// <summary>CHDIR: a name below the current directory, ".." for its parent (never above
    /// the root), "\" or "/" (or a path starting with one) from the root.</summary>
    public string ChangeDirectory(string name)
    {
        var next = new List<string>(name.StartsWith("\\") || name.StartsWith("/") ? new List<string>() : _current);
        foreach (string part in name.Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == "..") { if (next.Count > 0) next.RemoveAt(next.Count - 1); continue; }
            string found = FindIn(Path.Combine(_root, Path.Combine(next.ToArray())), part);
            if (found == null || !Directory.Exists(found)) return "Path not found";
            next.Add(Path.GetFileName(found));
        }
        _current.Clear();
        _current.AddRange(next);
        return null;
    }

    public string[] List()
    {
        var names = new List<string>();
        foreach (string file in Files())
            if (file.EndsWith(ProgramExtension, StringComparison.OrdinalIgnoreCase)) names.Add(MemoryFileStore.Normalize(Path.GetFileName(file)));
        foreach (string key in _builtIn.Keys)
            if (!names.Contains(key)) names.Add(key);
        string[] sorted = names.ToArray();
        Array.Sort(sorted, string.CompareOrdinal);
        return sorted;
    }

    /// <summary>FILES: the directory's entries with sizes and dates, the built-in programs,
    /// then the free space of the host's file system.</summary>
    public string Listing()
    {
        var sb = new StringBuilder();
        sb.Append("Directory ").Append(CurrentDirectory).Append('\n');
        var entries = new List<string>(Directory.GetFileSystemEntries(CurrentDirectory));
        entries.Sort(string.CompareOrdinal);
        foreach (string entry in entries)
        {
            string name = Path.GetFileName(entry);
            if (name.EndsWith(TemporarySuffix)) continue;
            bool isDirectory = Directory.Exists(entry);
            string size = isDirectory ? "<DIR>" : new FileInfo(entry).Length.ToString();
            DateTime written = isDirectory ? Directory.GetLastWriteTime(entry) : File.GetLastWriteTime(entry);
            sb.Append(name.PadRight(14)).Append(' ').Append(size.PadLeft(9)).Append("  ").Append(written.ToString("yyyy-MM-dd HH:mm")).Append('\n');
        }
        var builtIn = new List<string>(_builtIn.Keys);
        builtIn.Sort(string.CompareOrdinal);
        foreach (string name in builtIn)
            sb.Append((name + ".BAS").PadRight(14)).Append(' ').Append(_builtIn[name].Length.ToString().PadLeft(9)).Append("  built in, read-only\n");
        try { sb.Append($"{new DriveInfo(_root).AvailableFreeSpace} bytes free\n"); }
        catch (IOException) { }
        return sb.ToString();
    }

    // NAME.bas for a program name, or null when the name is not plain.
    private static string ProgramFileName(string name)
    {
        if (!IsPlainName(name)) return null;
        string trimmed = name.Trim();
        if (trimmed.IndexOf('.') >= 0) return trimmed;
        return trimmed.ToUpperInvariant() == trimmed ? trimmed + ProgramExtension : trimmed + ProgramExtension.ToLowerInvariant();
    }

    // A name that stays in its directory: not empty, no separator, not "." or "..".
    private static bool IsPlainName(string name)
    {
        if (name == null) return false;
        string trimmed = name.Trim();
        return trimmed.Length > 0 && trimmed != "." && trimmed != ".." && trimmed.IndexOfAny(new[] { '/', '\\', '\0' }) < 0;
    }

    // The existing entry of that name in the current directory, matched ignoring case
    // (an exact match first); null when there is none or the name is not plain.
    private string Find(string fileName) => IsPlainName(fileName) ? FindIn(CurrentDirectory, fileName.Trim()) : null;

    private static string FindIn(string directory, string name)
    {
        if (!IsPlainName(name) || !Directory.Exists(directory)) return null;
        string exact = Path.Combine(directory, name);
        if (File.Exists(exact) || Directory.Exists(exact)) return exact;
        foreach (string entry in Directory.GetFileSystemEntries(directory))
            if (string.Equals(Path.GetFileName(entry), name, StringComparison.OrdinalIgnoreCase)) return entry;
        return null;
    }

    private IEnumerable<string> Files() => Directory.Exists(CurrentDirectory) ? Directory.GetFiles(CurrentDirectory) : Array.Empty<string>();

    // Writes the text to a new file beside the target, then renames it over the target.
    private string Write(string fileName, string text)
    {
        if (!IsPlainName(fileName) || text == null) return "Bad file name";
        string target = Find(fileName) ?? Path.Combine(CurrentDirectory, fileName);
        if (Directory.Exists(target)) return "Path/file access error";
        string temporary = target + TemporarySuffix;
        string error = Attempt(() =>
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
            {
                byte[] bytes = Text.GetBytes(text);
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(true);
            }
            File.Move(temporary, target, true);
        });
        if (error != null) Attempt(() => File.Delete(temporary));
        return error;
    }

    private static string ReadText(string path, out string text)
    {
        string read = null;
        string error = Directory.Exists(path) ? "Path/file access error" : Attempt(() => read = File.ReadAllText(path, Text));
        text = read;
        return error;
    }

    // Runs a file operation; null when it worked, else GW-BASIC's message for the failure.
    private static string Attempt(Action operation)
    {
        try
        {
            operation();
            return null;
        }
        catch (UnauthorizedAccessException) { return "Permission denied"; }
        catch (FileNotFoundException) { return "File not found"; }
        catch (DirectoryNotFoundException) { return "Path not found"; }
        catch (PathTooLongException) { return "Bad file name"; }
        catch (IOException e) when (IsDiskFull(e)) { return "Disk full"; }
        catch (IOException) { return "Device I/O error"; }
    }

    // ENOSPC (28) and EDQUOT (122) on Linux: the host's disk or quota is full.
    private static bool IsDiskFull(IOException e) => (e.HResult & 0xFFFF) == 28 || (e.HResult & 0xFFFF) == 122;
}
