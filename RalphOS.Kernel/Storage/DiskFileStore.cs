// DiskFileStore: BASIC's file store (IBasicFileStore) on the FAT disk. A program NAME is
// the file NAME.BAS in the root (a name with its own extension keeps it); SAVE returns
// after data, FAT and directory entry are on the disk (FatVolume.WriteAllBytes). The
// programs embedded in the image stay visible next to the disk's files, read-only; a
// disk file of the same name comes first. With no disk, SAVE keeps programs in memory
// and says so. Data files (BASIC's OPEN) are named as given, in the current directory, and
// written whole at CLOSE (WriteData); without a disk they too stay in memory. Created per
// BASIC session by DiskService; pure, so host tests drive it.
using System.Collections.Generic;
using System.Text;
using RalphOS.Basic.Host;
using RalphOS.Kernel.FileSystem.Fat;

namespace RalphOS.Kernel.Storage;

public sealed class DiskFileStore : IBasicFileStore
{
    public const string NoDiskNote = "Saved in memory: no disk is mounted, so it is gone at power off (./run.sh attaches build/disk.img)";
    private const string ProgramExtension = ".BAS";
    private readonly FatVolume _volume;
    private readonly Dictionary<string, string> _embedded;
    private readonly MemoryFileStore _memory = new MemoryFileStore();
    private readonly List<string> _current = new List<string>();   // CHDIR's path from the root

    /// <summary>volume may be null (no disk); embedded maps upper-case names to texts.</summary>
    public DiskFileStore(FatVolume volume, Dictionary<string, string> embedded)
    {
        _volume = volume;
        _embedded = embedded ?? new Dictionary<string, string>();
    }

    public static string ProgramFileName(string name) => name.IndexOf('.') >= 0 ? name : name + ProgramExtension;

    /// <summary>The current directory, "\" for the root.</summary>
    public string CurrentDirectory => "\\" + string.Join("\\", _current.ToArray());

    private string CurrentPath => string.Join("/", _current.ToArray());

    private string PathFor(string name) => InCurrent(ProgramFileName(name));

    private string InCurrent(string name) => _current.Count == 0 ? name : $"{CurrentPath}/{name}";

    public string MakeDirectory(string name) => DirectoryResult(_volume?.CreateDirectory(InCurrent(name)));

    public string RemoveDirectory(string name) => DirectoryResult(_volume?.RemoveDirectory(InCurrent(name)));

    /// <summary>CHDIR: a name below the current directory, ".." for its parent, "\" (or a
    /// path starting with it) from the root.</summary>
    public string ChangeDirectory(string name)
    {
        if (_volume == null) return DirectoryResult(null);
        var next = new List<string>(name.StartsWith("\\") || name.StartsWith("/") ? new List<string>() : _current);
        foreach (string part in name.Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == "..") { if (next.Count > 0) next.RemoveAt(next.Count - 1); continue; }
            next.Add(part);
        }
        string path = string.Join("/", next.ToArray());
        if (!_volume.DirectoryExists(path)) return "Path not found";
        _current.Clear();
        _current.AddRange(next);
        return null;
    }

    private static string DirectoryResult(FatError? error)
    {
        if (error == null) return "Path/file access error";
        return error.Value == FatError.None ? null : ErrorText(error.Value);
    }

    public bool TryLoad(string name, out string text)
    {
        string key = MemoryFileStore.Normalize(name);
        if (_volume != null && _volume.ReadAllBytes(PathFor(key), out byte[] data) == FatError.None)
        {
            text = TextOf(data);
            return true;
        }
        if (_volume == null && _memory.TryLoad(key, out text)) return true;
        return _embedded.TryGetValue(key, out text);
    }

    public bool Save(string name, string text) => TrySave(name, text, out _);

    public bool TrySave(string name, string text, out string message)
    {
        string key = MemoryFileStore.Normalize(name);
        if (_volume == null)
        {
            bool saved = _memory.Save(key, text);
            message = saved ? NoDiskNote : "Out of memory";
            return saved;
        }
        FatError error = _volume.WriteAllBytes(PathFor(key), BytesOf(text));
        message = error == FatError.None ? null : ErrorText(error);
        return error == FatError.None;
    }

    /// <summary>OPEN FOR INPUT/APPEND: a data file of the current directory, named as given.</summary>
    public string ReadData(string name, out string text)
    {
        text = null;
        if (_volume == null) return _memory.ReadData(name, out text);
        FatError error = _volume.ReadAllBytes(InCurrent(name.Trim()), out byte[] data);
        if (error != FatError.None) return ErrorText(error);
        text = TextOf(data);
        return null;
    }

    /// <summary>CLOSE of an output file: the whole text in one WriteAllBytes, so the disk
    /// holds the old or the new file, never a mix; "Disk full" keeps the old one.</summary>
    public string WriteData(string name, string text)
    {
        if (_volume == null) return _memory.WriteData(name, text);
        FatError error = _volume.WriteAllBytes(InCurrent(name.Trim()), BytesOf(text));
        return error == FatError.None ? null : ErrorText(error);
    }

    public string Delete(string name)
    {
        string key = MemoryFileStore.Normalize(name);
        if (_volume == null) return _embedded.ContainsKey(key) ? "Permission denied" : _memory.Delete(key);
        FatError error = _volume.Delete(PathFor(key));
        if (error == FatError.NotFound && _embedded.ContainsKey(key)) return "Permission denied";
        return error == FatError.None ? null : ErrorText(error);
    }

    public string Rename(string from, string to)
    {
        string source = MemoryFileStore.Normalize(from), target = MemoryFileStore.Normalize(to);
        if (_volume == null) return _embedded.ContainsKey(source) ? "Permission denied" : _memory.Rename(source, target);
        FatError error = _volume.Rename(PathFor(source), PathFor(target));
        if (error == FatError.NotFound && _embedded.ContainsKey(source)) return "Permission denied";
        return error == FatError.None ? null : ErrorText(error);
    }

    public string[] List()
    {
        var names = new List<string>();
        if (_volume != null)
        {
            var entries = new List<FatFileInfo>();
            _volume.List(CurrentPath, entries);
            foreach (FatFileInfo entry in entries)
                if (!entry.IsDirectory) names.Add(MemoryFileStore.Normalize(entry.Name));
        }
        else
        {
            names.AddRange(_memory.List());
        }
        foreach (var pair in _embedded)
            if (!names.Contains(pair.Key)) names.Add(pair.Key);
        string[] sorted = names.ToArray();
        System.Array.Sort(sorted, string.CompareOrdinal);
        return sorted;
    }

    /// <summary>FILES: the disk's files with sizes and dates, then the built-in programs,
    /// then the free space.</summary>
    public string Listing()
    {
        var sb = new StringBuilder();
        if (_volume == null)
        {
            sb.Append("No disk attached; SAVE and OPEN keep files in memory.\n");
            foreach (string name in _memory.List()) sb.Append(ProgramFileName(name)).Append('\n');
            foreach (string name in _memory.DataNames()) sb.Append(name).Append('\n');
        }
        else
        {
            var entries = new List<FatFileInfo>();
            FatError error = _volume.List(CurrentPath, entries);
            if (_current.Count > 0) sb.Append("Directory ").Append(CurrentDirectory).Append('\n');
            if (error != FatError.None) sb.Append(ErrorText(error)).Append('\n');
            foreach (FatFileInfo entry in entries)
            {
                string size = entry.IsDirectory ? "<DIR>" : entry.Size.ToString();
                sb.Append(entry.Name.PadRight(14)).Append(' ').Append(size.PadLeft(9)).Append("  ").Append(entry.DateText).Append('\n');
            }
        }
        var builtIn = new List<string>(_embedded.Keys);
        builtIn.Sort(string.CompareOrdinal);
        foreach (string name in builtIn)
            sb.Append(ProgramFileName(name).PadRight(14)).Append(' ').Append(_embedded[name].Length.ToString().PadLeft(9)).Append("  built in, read-only\n");
        if (_volume != null) sb.Append($"{_volume.FreeBytes} bytes free on disk\n");
        return sb.ToString();
    }

    /// <summary>GW-BASIC's wording where it has one, else the file system's.</summary>
    public static string ErrorText(FatError error) => error switch
    {
        FatError.NotFound => "File not found",
        FatError.DiskFull => "Disk full",
        FatError.BadName => "Bad file name",
        FatError.AlreadyExists => "File already exists",
        FatError.ReadOnly => "Permission denied",
        FatError.PathNotFound => "Path not found",
        FatError.DeviceError => "Device I/O error",
        FatError.DirectoryNotEmpty => "Path/file access error",
        FatError.NotDirectory => "Path not found",
        FatError.IsDirectory => "Path/file access error",
        _ => FatErrors.Message(error),
    };

    private static string TextOf(byte[] data)
    {
        var chars = new char[data.Length];
        for (int i = 0; i < data.Length; i++) chars[i] = (char)data[i];
        return new string(chars, 0, chars.Length);
    }

    private static byte[] BytesOf(string text)
    {
        var bytes = new byte[text.Length];
        for (int i = 0; i < text.Length; i++) bytes[i] = text[i] < 256 ? (byte)text[i] : (byte)'?';
        return bytes;
    }
}
