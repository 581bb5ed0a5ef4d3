// Machine's sequential files: the table of open files (#1 to #15, as GW-BASIC with /F:15),
// OPEN, CLOSE and the closing of every file by END, RUN, NEW, CLEAR and LOAD, and PRINT #'s
// redirection of Write (BeginFileOutput / EndFileOutput). A file's text counts in the
// session's memory. Socket handles are 100 and up (Nodes/SocketNodes.cs), so CLOSE n never
// confuses a file with a socket. Called by the file statements and functions (Nodes/FileStmts.cs).
namespace RalphOS.Basic.Runtime;

public sealed partial class Machine
{
    /// <summary>File numbers are 1..MaxFileNumber.</summary>
    public const int MaxFileNumber = 15;

    private readonly BasicFile[] _files = new BasicFile[MaxFileNumber + 1];
    private BasicFile _printTarget;
    private int _consoleColumn;

    /// <summary>True while PRINT #, WRITE # write to a file instead of the console.</summary>
    internal bool PrintsToFile => _printTarget != null;

    /// <summary>OPEN: fails with GW-BASIC's error ("Bad file number", "File already open",
    /// "File not found", ...) and opens nothing when it cannot.</summary>
    internal void OpenFile(double number, string name, FileMode mode)
    {
        int n = FileNumber(number);
        if (Signal != 0) return;
        if (_files[n] != null) { Fail(ErrorCode.FileAlreadyOpen); return; }
        string fileName = (name ?? "").Trim();
        if (fileName.Length == 0) { Fail(ErrorCode.BadFileName); return; }
        foreach (BasicFile other in _files)
            if (other != null && SameName(other.Name, fileName) && (mode != FileMode.Input || !other.IsInput))
            {
                Fail(ErrorCode.FileAlreadyOpen);
                return;
            }
        string text = "";
        string error = mode == FileMode.Output ? null : Host.Files.ReadData(fileName, out text);
        // APPEND to a file that does not exist yet starts it empty.
        if (error != null && (mode == FileMode.Input || ErrorMessages.CodeOf(error) != ErrorCode.FileNotFound))
        {
            Fail(ErrorMessages.CodeOf(error));
            return;
        }
        if (error != null || text == null) text = "";
        if (!CanAllocateChars(text.Length)) return;
        BasicFile file = mode == FileMode.Input ? BasicFile.ForInput(fileName, text) : BasicFile.ForWriting(fileName, mode, text);
        file.ChargedBytes = (long)text.Length * 2;
        MemoryUsed += file.ChargedBytes;
        _files[n] = file;
    }

    /// <summary>The open file number stands for; fails with "Bad file number" when it is not
    /// open, "Bad file mode" when it is open the other way (reading an output file).</summary>
    internal BasicFile OpenedFile(double number, bool forInput)
    {
        int n = FileNumber(number);
        if (Signal != 0) return null;
        BasicFile file = _files[n];
        if (file == null) { Fail(ErrorCode.BadFileNumber); return null; }
        if (file.IsInput != forInput) { Fail(ErrorCode.BadFileMode); return null; }
        return file;
    }

    /// <summary>The open file n (any mode), or null after failing with "Bad file number".</summary>
    internal BasicFile AnyOpenedFile(double number)
    {
        int n = FileNumber(number);
        if (Signal != 0) return null;
        if (_files[n] == null) Fail(ErrorCode.BadFileNumber);
        return _files[n];
    }

    /// <summary>True when n is a file number (1..15) rather than a socket handle.</summary>
    internal static bool IsFileNumber(long n) => n >= 1 && n <= MaxFileNumber;

    /// <summary>CLOSE #n: writes a file opened for OUTPUT or APPEND to the store and returns
    /// once it is there. If the store refuses (disk full), the file is closed all the same
    /// and the error raised: the store still holds the old file, whole. Closing a number
    /// that is not open does nothing.</summary>
    internal void CloseFile(int n)
    {
        BasicFile file = _files[n];
        if (file == null) return;
        string error = file.IsInput ? null : Host.Files.WriteData(file.Name, file.Text);
        Release(n);
        if (error != null) Fail(ErrorMessages.CodeOf(error));
    }

    /// <summary>CLOSE without numbers, END, RUN, NEW, CLEAR, LOAD, the end of a session:
    /// closes every file; a file the store refuses is dropped. Returns the first refusal's
    /// error (None if all went well) and report says it for the console ("Disk full
    /// (LOG.TXT not written)").</summary>
    public ErrorCode CloseAllFiles(out string report)
    {
        report = null;
        ErrorCode first = ErrorCode.None;
        for (int n = 1; n <= MaxFileNumber; n++)
        {
            BasicFile file = _files[n];
            if (file == null) continue;
            string error = file.IsInput ? null : Host.Files.WriteData(file.Name, file.Text);
            if (error != null && first == ErrorCode.None)
            {
                first = ErrorMessages.CodeOf(error);
                report = $"{error} ({file.Name} not written)";
            }
            Release(n);
        }
        return first;
    }

    /// <summary>True when a file of that name is open (KILL refuses it).</summary>
    public bool IsFileOpen(string name)
    {
        foreach (BasicFile file in _files)
            if (file != null && SameName(file.Name, name)) return true;
        return false;
    }

    /// <summary>PRINT #n, WRITE #n: Write and the column go to the file until EndFileOutput.</summary>
    internal bool BeginFileOutput(double number)
    {
        BasicFile file = OpenedFile(number, false);
        if (file == null) return false;
        _printTarget = file;
        _consoleColumn = Column;
        Column = file.Column;
        return true;
    }

    internal void EndFileOutput()
    {
        if (_printTarget == null) return;
        _printTarget.Column = Column;
        Column = _consoleColumn;
        _printTarget = null;
    }

    /// <summary>Write's path for a file: charged to the session's memory.</summary>
    private void WriteToFile(string text)
    {
        if (!CanAllocateChars(text.Length)) return;
        long bytes = (long)text.Length * 2;
        MemoryUsed += bytes;
        _printTarget.ChargedBytes += bytes;
        _printTarget.Write(text);
    }

    private void Release(int n)
    {
        MemoryUsed -= _files[n].ChargedBytes;
        if (MemoryUsed < 0) MemoryUsed = 0;
        _files[n] = null;
    }

    /// <summary>#n as an index into the table, or 0 after failing with "Bad file number".</summary>
    private int FileNumber(double number)
    {
        long n = ToInteger(number);
        if (Signal != 0) return 0;
        if (IsFileNumber(n)) return (int)n;
        Fail(ErrorCode.BadFileNumber);
        return 0;
    }

    private static bool SameName(string a, string b) => a.Trim().ToUpperInvariant() == b.Trim().ToUpperInvariant();
}
