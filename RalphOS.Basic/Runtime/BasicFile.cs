// BasicFile: one sequential data file a program has open (OPEN "f" FOR mode AS #n), held
// whole in memory. A file opened FOR INPUT is read from the file store at OPEN, and INPUT #,
// LINE INPUT # and EOF read through its text here; a file opened FOR OUTPUT or APPEND
// collects what PRINT # and WRITE # write (APPEND starts with the old content) and goes to
// the store in one write at CLOSE, so the file on the disk is always the old or the new one.
// Created, charged for memory and closed by Machine (MachineFiles.cs).
using System.Text;

namespace RalphOS.Basic.Runtime;

internal enum FileMode { Input, Output, Append }

internal sealed class BasicFile
{
    /// <summary>Ctrl-Z: DOS text files may end with it; GW-BASIC's input stops there.</summary>
    private const char EndOfFileMark = (char)26;
    /// <summary>LOC counts 128-byte records for sequential files (GW-BASIC).</summary>
    private const int RecordBytes = 128;
    /// <summary>Longest item or line INPUT # and LINE INPUT # read (GW-BASIC: 255).</summary>
    private const int MaxItemChars = 255;

    public readonly string Name;
    public readonly FileMode Mode;
    /// <summary>PRINT #'s column, for its commas and TAB.</summary>
    public int Column;
    /// <summary>Bytes charged to the session's memory for this file's text.</summary>
    public long ChargedBytes;

    private readonly string _input;
    private readonly int _inputEnd;
    private int _position;
    private readonly StringBuilder _output;
    private long _written;

    private BasicFile(string name, FileMode mode, string input, string existing)
    {
        Name = name;
        Mode = mode;
        _input = input ?? "";
        int mark = _input.IndexOf(EndOfFileMark);
        _inputEnd = mark >= 0 ? mark : _input.Length;
        if (mode == FileMode.Input) return;
        _output = new StringBuilder();
        _output.Append(existing ?? "");
    }

    public static BasicFile ForInput(string name, string text) => new BasicFile(name, FileMode.Input, text, null);

    /// <summary>A file to write: existing is the old content APPEND keeps ("" for OUTPUT).</summary>
    public static BasicFile ForWriting(string name, FileMode mode, string existing) => new BasicFile(name, mode, null, existing);

    public bool IsInput => Mode == FileMode.Input;

    /// <summary>EOF: nothing more to read.</summary>
    public bool AtEnd => _position >= _inputEnd;

    /// <summary>LOF: the file's length in bytes (for a file being written, as it would be now).</summary>
    public long Length => IsInput ? _input.Length : _output.Length;

    /// <summary>LOC: 128-byte records read or written since OPEN.</summary>
    public long Location => (IsInput ? _position : _written) / RecordBytes;

    /// <summary>The whole text to store at CLOSE.</summary>
    public string Text => _output.ToString();

    public void Write(string text)
    {
        _output.Append(text);
        _written += text.Length;
    }

    /// <summary>LINE INPUT #: the rest of the line (without its CR/LF); false at the end.</summary>
    public bool ReadLine(out string line)
    {
        line = "";
        if (AtEnd) return false;
        int start = _position;
        while (_position < _inputEnd && _input[_position] != '\r' && _input[_position] != '\n') _position++;
        line = _input.Substring(start, System.Math.Min(_position - start, MaxItemChars));
        SkipLineEnd();
        return true;
    }

    /// <summary>INPUT #: the next item. Leading blanks and line ends are skipped; a string
    /// in quotes runs to the closing quote, anything else to a comma or the line end (a
    /// number also to a blank). The comma or line end after it is consumed. False when
    /// the file ends before an item starts.</summary>
    public bool ReadItem(bool forString, out string item)
    {
        item = "";
        while (!AtEnd && IsBlankOrLineEnd(_input[_position])) _position++;
        if (AtEnd) return false;
        int start = _position;
        if (forString && _input[_position] == '"')
        {
            int close = _input.IndexOf('"', _position + 1);
            int end = close < 0 || close > _inputEnd ? _inputEnd : close;
            item = _input.Substring(start + 1, System.Math.Min(end - start - 1, MaxItemChars));
            _position = end < _inputEnd ? end + 1 : end;
        }
        else
        {
            while (!AtEnd && !EndsItem(_input[_position], forString)) _position++;
            item = _input.Substring(start, System.Math.Min(_position - start, MaxItemChars));
            if (forString) item = item.TrimEnd(' ');
        }
        SkipSeparator();
        return true;
    }

    private static bool IsBlankOrLineEnd(char c) => c == ' ' || c == '\t' || c == '\r' || c == '\n';

    private static bool EndsItem(char c, bool forString) =>
        c == ',' || c == '\r' || c == '\n' || (!forString && (c == ' ' || c == '\t'));

    /// <summary>After an item: blanks, then one comma or one line end.</summary>
    private void SkipSeparator()
    {
        while (!AtEnd && (_input[_position] == ' ' || _input[_position] == '\t')) _position++;
        if (!AtEnd && _input[_position] == ',') { _position++; return; }
        SkipLineEnd();
    }

    private void SkipLineEnd()
    {
        if (!AtEnd && _input[_position] == '\r') _position++;
        if (!AtEnd && _input[_position] == '\n') _position++;
    }
}
