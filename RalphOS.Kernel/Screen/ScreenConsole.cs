// ScreenConsole: the console on the screen. Everything the serial console shows (what is
// typed, echoed and printed) is mirrored here through Terminal.Mirror into two grids: an
// 80x25 one that text mode shows, and a 40x3 strip that ScreenService draws over the
// bottom of the memory map while the console is in use. Write only updates the grids (it
// may run in an interrupt handler or a panic, and never allocates); ScreenService copies
// changed cells to the screen.
using RalphOS.Kernel.Drivers.Vga;
using RalphOS.Kernel.Time;

namespace RalphOS.Kernel.Screen;

internal static unsafe class ScreenConsole
{
    public const int TextColumns = 80;
    public const int TextRows = 25;
    public const int StripColumns = 40;
    public const int StripRows = 3;
    private const ushort TextAttribute = 0x07 << 8;    // light grey on black
    private const ushort CursorAttribute = 0x70 << 8;  // black on light grey

    private static TextGrid _text;
    private static TextGrid _strip;
    private static int _cursorOffset = -1;

    public static TextGrid Strip => _strip;

    // Milliseconds since boot of the last character written.
    public static ulong LastActivity { get; private set; }

    public static void Start()
    {
        _text = new TextGrid(TextColumns, TextRows);
        _strip = new TextGrid(StripColumns, StripRows);
        Diagnostics.Terminal.Mirror = &Write;
    }

    public static void Write(char c)
    {
        _text.Write(c);
        _strip.Write(c);
        LastActivity = Clock.Milliseconds;
    }

    // Copies text-mode cells that changed (or all of them) to the screen, with a block
    // cursor where the next character goes.
    public static void FlushText(bool everything)
    {
        if (_text == null || (!everything && !_text.AnyDirty && _cursorOffset == CursorOffset()))
            return;
        _text.ClearDirtyFlag();
        ushort* cells = VgaScreen.TextCells;
        for (int row = 0; row < TextRows; row++)
        {
            for (int column = 0; column < TextColumns; column++)
            {
                if (_text.TakeDirty(column, row) || everything)
                    cells[row * TextColumns + column] = (ushort)(TextAttribute | _text.At(column, row));
            }
        }
        if (_cursorOffset >= 0 && _cursorOffset < TextColumns * TextRows)
            cells[_cursorOffset] = (ushort)((cells[_cursorOffset] & 0xFF) | TextAttribute);
        _cursorOffset = CursorOffset();
        if (_cursorOffset < TextColumns * TextRows)
            cells[_cursorOffset] = (ushort)((cells[_cursorOffset] & 0xFF) | CursorAttribute);
    }

    private static int CursorOffset() => _text.CursorRow * TextColumns + _text.CursorColumn;
}
