// ScreenOverlays: what ScreenService draws over the memory map in mode 13h: the status
// line (kept in the map's shadow frame, like the map), and, on the screen only, the
// console strip, the mouse tooltip and the pointer. Covered marks the screen pixels an
// overlay holds, so map repaints leave them alone; when an overlay moves or goes, what it
// covered comes back from the shadow. The tooltip names the memory under the pointer
// (MapTooltip) and logs it on serial at debug level ("[debug] mouse: ...").
using System;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Drivers.Vga;
using RalphOS.Kernel.MemoryMap;
using RalphOS.Kernel.Tasks;

namespace RalphOS.Kernel.Screen;

internal sealed class ScreenOverlays
{
    private const int Width = VgaScreen.Width;
    private const int Height = VgaScreen.Height;
    private const byte TextColor = MapPalette.White;
    private const byte BackColor = MapPalette.Black;
    private const byte TooltipBack = MapPalette.DarkGray;
    private const int TooltipPadding = 2;
    private const int TooltipDistance = 10;

    private readonly MemoryMapPainter _painter;
    private readonly int _stripTop;
    private int _stripX, _stripY, _stripW, _stripH;
    private int _tipX, _tipY, _tipW, _tipH;
    private int _cursorX, _cursorY, _cursorW, _cursorH;
    private int _lastX = -1, _lastY = -1;
    private bool _stripWasShown;
    private string _tipRange, _tipOwner;

    public ScreenOverlays(MemoryMapPainter painter, int stripTop)
    {
        _painter = painter;
        _stripTop = stripTop;
        Covered = new bool[Width * Height];
    }

    public bool[] Covered { get; }

    // The screen was just redrawn from the shadow: nothing is covered any more.
    public void Forget()
    {
        Array.Clear(Covered, 0, Covered.Length);
        _stripW = _tipW = _cursorW = 0;
        _stripWasShown = false;
        _lastX = _lastY = -1;
    }

    public void DrawStatus(Span<byte> frame, int row, string text)
    {
        Span<byte> shadow = _painter.Shadow;
        PixelText.Draw(shadow, 0, row, text, TextColor, BackColor);
        for (int offset = row * Width; offset < (row + Font8x8.Height) * Width && offset < shadow.Length; offset++)
        {
            if (!Covered[offset])
                frame[offset] = shadow[offset];
        }
    }

    public void Update(Span<byte> frame, bool stripShown, TextGrid strip, int pointerX, int pointerY, bool pointerActive)
    {
        bool changed = stripShown != _stripWasShown || (stripShown && strip.AnyDirty);
        if (pointerActive && (pointerX != _lastX || pointerY != _lastY))
            changed = true;
        if (pointerActive && DescribePointer(pointerX, pointerY))
            changed = true;
        if (!changed)
            return;
        strip.ClearDirtyFlag();

        Restore(frame, ref _stripX, ref _stripY, ref _stripW, ref _stripH);
        Restore(frame, ref _tipX, ref _tipY, ref _tipW, ref _tipH);
        Restore(frame, ref _cursorX, ref _cursorY, ref _cursorW, ref _cursorH);
        _stripWasShown = stripShown;
        if (stripShown)
            DrawStrip(frame, strip);
        if (!pointerActive)
            return;
        _lastX = pointerX;
        _lastY = pointerY;
        if (_tipRange != null)
            DrawTooltip(frame, pointerX, pointerY);
        DrawPointer(frame, pointerX, pointerY);
    }

    // Recomputes the tooltip's text; true when it changed.
    private bool DescribePointer(int x, int y)
    {
        string range = null, owner = null;
        if (y < MapLayout.Height)
        {
            MapLayout layout = _painter.Layout;
            layout.RangeAt(x, y, out ulong first, out ulong end);
            int step = layout.StepAt(x, y);
            MemoryKind kind = _painter.Canvas.KindAt(step);
            int ownerId = _painter.Canvas.OwnerAt(step);
            range = MapTooltip.RangeLine(first, end);
            owner = MapTooltip.OwnerLine(kind, ownerId, TaskName(ownerId));
        }
        if (range == _tipRange && owner == _tipOwner)
            return false;
        _tipRange = range;
        _tipOwner = owner;
        if (range != null)
            KernelLog.Debug("mouse", $"{range} {owner}");
        return true;
    }

    private void DrawStrip(Span<byte> frame, TextGrid strip)
    {
        _stripX = 0;
        _stripY = _stripTop;
        _stripW = strip.Columns * Font8x8.Width;
        _stripH = strip.Rows * Font8x8.Height;
        for (int row = 0; row < strip.Rows; row++)
        {
            for (int column = 0; column < strip.Columns; column++)
                PixelText.DrawCharacter(frame, column * Font8x8.Width, _stripTop + row * Font8x8.Height, strip.At(column, row), TextColor, BackColor);
        }
        Cover(_stripX, _stripY, _stripW, _stripH);
    }

    private void DrawTooltip(Span<byte> frame, int x, int y)
    {
        int lineLength = _tipRange.Length > _tipOwner.Length ? _tipRange.Length : _tipOwner.Length;
        _tipW = lineLength * Font8x8.Width + 2 * TooltipPadding;
        _tipH = 2 * Font8x8.Height + 2 * TooltipPadding;
        _tipX = x + TooltipDistance + _tipW <= Width ? x + TooltipDistance : Math.Max(0, x - TooltipDistance - _tipW);
        _tipY = y + TooltipDistance + _tipH <= Height ? y + TooltipDistance : Math.Max(0, y - TooltipDistance - _tipH);
        for (int py = _tipY; py < _tipY + _tipH; py++)
        {
            for (int px = _tipX; px < _tipX + _tipW && px < Width; px++)
                frame[py * Width + px] = TooltipBack;
        }
        PixelText.Draw(frame, _tipX + TooltipPadding, _tipY + TooltipPadding, _tipRange, TextColor, TooltipBack);
        PixelText.Draw(frame, _tipX + TooltipPadding, _tipY + TooltipPadding + Font8x8.Height, _tipOwner, TextColor, TooltipBack);
        Cover(_tipX, _tipY, _tipW, _tipH);
    }

    private void DrawPointer(Span<byte> frame, int x, int y)
    {
        _cursorX = x;
        _cursorY = y;
        _cursorW = MouseArrow.Width;
        _cursorH = MouseArrow.Height;
        for (int dy = 0; dy < MouseArrow.Height && y + dy < Height; dy++)
        {
            for (int dx = 0; dx < MouseArrow.Width && x + dx < Width; dx++)
            {
                byte color = MouseArrow.PixelAt(dx, dy);
                if (color != MouseArrow.Transparent)
                    frame[(y + dy) * Width + x + dx] = color;
            }
        }
        Cover(_cursorX, _cursorY, _cursorW, _cursorH);
    }

    private void Cover(int x, int y, int w, int h)
    {
        for (int py = y; py < y + h && py < Height; py++)
        {
            for (int px = x; px < x + w && px < Width; px++)
                Covered[py * Width + px] = true;
        }
    }

    private void Restore(Span<byte> frame, ref int x, ref int y, ref int w, ref int h)
    {
        byte[] shadow = _painter.Shadow;
        for (int py = y; py < y + h && py < Height; py++)
        {
            for (int px = x; px < x + w && px < Width; px++)
            {
                int offset = py * Width + px;
                frame[offset] = shadow[offset];
                Covered[offset] = false;
            }
        }
        w = h = 0;
    }

    // The live task id's name, or null (also the monitor's `screen where`).
    internal static string TaskName(int id)
    {
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
        {
            if (task.Id == id && task.State != TaskState.Finished)
                return task.Name;
        }
        return null;
    }
}
