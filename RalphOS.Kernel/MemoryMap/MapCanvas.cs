// MapCanvas: one frame of the memory map before it is drawn: for each pixel (a step of the
// curve) the kind and owner of memory covering most of its bytes. The painter adds runs of
// memory in any order; a run that covers at least as many of a pixel's bytes as the best so
// far takes the pixel, so regions added later (stacks inside the heap) win ties. The same
// data answers the tooltip's "what is under the cursor", and each pixel's colour
// (MapPalette) is kept ready for the painter. Runs usually span many whole pixels, so those
// are set without arithmetic; only the two partly covered ends compare byte counts. Pure;
// host-tested.
using System;

namespace RalphOS.Kernel.MemoryMap;

internal sealed class MapCanvas
{
    private readonly MapLayout _layout;
    private readonly MemoryKind[] _kinds;
    private readonly int[] _owners;
    private readonly uint[] _bestBytes;
    private readonly byte[] _colors;

    public MapCanvas(MapLayout layout)
    {
        _layout = layout;
        _kinds = new MemoryKind[layout.PixelCount];
        _owners = new int[layout.PixelCount];
        _bestBytes = new uint[layout.PixelCount];
        _colors = new byte[layout.PixelCount];
    }

    public MapLayout Layout => _layout;

    // Each pixel's colour, in curve order.
    public byte[] Colors => _colors;

    public void Clear()
    {
        Array.Clear(_kinds, 0, _kinds.Length);
        Array.Clear(_owners, 0, _owners.Length);
        Array.Clear(_bestBytes, 0, _bestBytes.Length);
        Array.Clear(_colors, 0, _colors.Length);
    }

    public MemoryKind KindAt(int step) => _kinds[step];
    public int OwnerAt(int step) => _owners[step];

    // Records [start, start + length) as `kind` owned by `owner` (a task id, or 0).
    public void Add(ulong start, ulong length, MemoryKind kind, int owner)
    {
        ulong end = start + length;
        if (end <= _layout.Start || start >= _layout.End || length == 0)
            return;
        if (start < _layout.Start)
            start = _layout.Start;
        if (end > _layout.End)
            end = _layout.End;
        byte color = MapPalette.ColorOf(kind, owner);
        int first = _layout.StepOf(start);
        int last = _layout.StepOf(end - 1);
        AddPart(first, start, end, kind, owner, color);
        if (last == first)
            return;
        // Whole pixels in between: nothing can cover more of them than this run does.
        int count = last - first - 1;
        if (count > 0)
        {
            new Span<uint>(_bestBytes, first + 1, count).Fill((uint)_layout.BytesPerPixel);
            new Span<MemoryKind>(_kinds, first + 1, count).Fill(kind);
            new Span<int>(_owners, first + 1, count).Fill(owner);
            new Span<byte>(_colors, first + 1, count).Fill(color);
        }
        AddPart(last, start, end, kind, owner, color);
    }

    private void AddPart(int step, ulong start, ulong end, MemoryKind kind, int owner, byte color)
    {
        ulong pixelStart = _layout.AddressOfStep(step);
        ulong pixelEnd = pixelStart + _layout.BytesPerPixel;
        ulong from = start > pixelStart ? start : pixelStart;
        ulong to = end < pixelEnd ? end : pixelEnd;
        uint covered = (uint)(to - from);
        if (covered < _bestBytes[step])
            return;
        _bestBytes[step] = covered;
        _kinds[step] = kind;
        _owners[step] = owner;
        _colors[step] = color;
    }
}
