// Named BASIC program texts for LOAD, SAVE, FILES, KILL and NAME. Names are given without
// ".bas"; the store decides how to map them (embedded bas/ files, an in-memory table, the
// kernel's FAT disk). The default methods give simple stores (MemoryFileStore) the richer
// calls with plain messages; the disk store answers them with sizes, dates and free space.
// Data files (OPEN "f" FOR INPUT/OUTPUT/APPEND) are read and written whole: the
// interpreter reads a file at OPEN and writes it at CLOSE (ReadData, WriteData); their
// names are used as given (no ".BAS" added). Errors are GW-BASIC's messages ("File not
// found", "Disk full", "Bad file name"), which the interpreter turns back into numbers.
namespace RalphOS.Basic.Host;

public interface IBasicFileStore
{
    /// <summary>Finds a program text by name; false if there is none.</summary>
    bool TryLoad(string name, out string text);

    /// <summary>Stores a program text; false if the store refuses (full, bad name).</summary>
    bool Save(string name, string text);

    /// <summary>All names, sorted, one per entry.</summary>
    string[] List();

    /// <summary>SAVE: stores a program text and returns only once it is stored. message is
    /// the error when false, or a note for the user (where the program went) or null.</summary>
    bool TrySave(string name, string text, out string message)
    {
        bool saved = Save(name, text);
        message = saved ? null : "Bad file name";
        return saved;
    }

    /// <summary>FILES: the listing, one line per file, ending in a newline.</summary>
    string Listing()
    {
        var sb = new System.Text.StringBuilder();
        foreach (string name in List()) sb.Append(name).Append(".BAS\n");
        return sb.ToString();
    }

    /// <summary>KILL: deletes a file; returns null or the error message.</summary>
    string Delete(string name) => "Permission denied";

    /// <summary>NAME from AS to: renames a file; returns null or the error message.</summary>
    string Rename(string from, string to) => "Permission denied";

    /// <summary>MKDIR, CHDIR, RMDIR: directories, where the store has them (the disk);
    /// each returns null or the error message.</summary>
    string MakeDirectory(string name) => "Path/file access error";

    string ChangeDirectory(string name) => "Path/file access error";

    string RemoveDirectory(string name) => "Path/file access error";

    /// <summary>OPEN ... FOR INPUT or APPEND: the whole text of a data file (bytes as
    /// Latin-1 characters); returns null or the error message ("File not found").</summary>
    string ReadData(string name, out string text)
    {
        text = null;
        return "File not found";
    }

    /// <summary>CLOSE of a file opened FOR OUTPUT or APPEND: creates or replaces the data
    /// file with text and returns only once it is stored (on a disk: data, FAT and directory
    /// entry written, the old content kept if it fails); null or the error message.</summary>
    string WriteData(string name, string text) => "Permission denied";
}
