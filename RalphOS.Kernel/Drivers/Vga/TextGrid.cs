// TextGrid: a terminal's character cells without a device: characters written at a
// cursor, CR, LF, backspace and tab handled, long lines wrapped and the grid scrolled up
// when the cursor passes the bottom. Every changed cell is marked dirty so a screen copies
// only those. ScreenConsole keeps one for text mode (80x25) and one for the strip over the
// memory map (40x3). Pure; host-tested.
namespace RalphOS.Kernel.Drivers.Vga;

internal sealed class TextGrid
{
    private const int TabWidth = 8;
    private readonly char[] _cells;
    private readonly bool[] _dirty;

    public TextGrid(int columns, int rows)
    {
        Columns = columns;
        Rows = rows;
        _cells = new char[columns * rows];
        _dirty = new bool[columns * rows];
        Clear();
    }

    public int Columns { get; }
    public int Rows { get; }
    public int CursorColumn { get; private set; }
    public int CursorRow { get; private set; }
    public bool AnyDirty { get; private set; }

    public char At(int column, int row) => _cells[row * Columns + column];

    public void Clear()
    {
        for (int i = 0; i < _cells.Length; i++)
            SetCell(i, ' ');
        CursorColumn = 0;
        CursorRow = 0;
    }

    public void Write(char c)
    {
        switch (c)
        {
            case '\r':
                CursorColumn = 0;
                return;
            case '\n':
                NewLine();
                return;
            case '\b':
                if (CursorColumn > 0)
                    CursorColumn--;
                return;
            case '\t':
                do
                    Write(' ');
                while (CursorColumn % TabWidth != 0);
                return;
        }
        if (c < ' ')
            return;
        if (CursorColumn == Columns)
            NewLine();
        SetCell(CursorRow * Columns + CursorColumn, c);
        CursorColumn++;
    }

    // True once for each changed cell since the last call (and clears it).
    public bool TakeDirty(int column, int row)
    {
        int index = row * Columns + column;
        if (!_dirty[index])
            return false;
        _dirty[index] = false;
        return true;
    }

    public void ClearDirtyFlag() => AnyDirty = false;

    private void NewLine()
    {
        CursorColumn = 0;
        if (CursorRow < Rows - 1)
        {
            CursorRow++;
            return;
        }
        for (int i = 0; i < _cells.Length - Columns; i++)
            SetCell(i, _cells[i + Columns]);
        for (int i = _cells.Length - Columns; i < _cells.Length; i++)
            SetCell(i, ' ');
    }

    private void SetCell(int index, char c)
    {
        if (_cells[index] == c)
            return;
        _cells[index] = c;
        _dirty[index] = true;
        AnyDirty = true;
    }
}
