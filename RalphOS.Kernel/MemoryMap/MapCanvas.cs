// MapCanvas: the memory map as kinds and owners, one cell a pixel (a step of the curve),
// rebuilt every frame in one pass over memory in address order and kept from frame to
// frame, so only the pixels whose kind or owner changed are listed for drawing. A frame
// is Begin, Add for each run of memory in ascending address order (gaps are unused
// memory), End. A pixel goes to the run covering most of its bytes (a later run wins a
// tie); runs that span whole pixels set them without arithmetic. Overrides (task stacks
// and guard pages, which live inside heap blocks) are given before Begin in any order and
// replace whatever the runs say about their bytes. The same cells answer the tooltip's
// "what is under the cursor". Pure; host-tested (MemoryMapTests); filled by
// MemoryMapPainter, which draws the changed pixels.
namespace RalphOS.Kernel.MemoryMap;

internal sealed unsafe class MapCanvas
{
    private const int OwnerBits = 24;
    private const uint OwnerMask = (1u << OwnerBits) - 1;

    private readonly MapLayout _layout;
    private readonly uint[] _cells;       // kind << OwnerBits | owner, in curve order
    private readonly int[] _changed;      // steps whose cell changed this frame
    private int _changedCount;

    // The frame being built: how far the runs reached, and the partly covered pixel.
    private ulong _position;
    private int _pendingStep = -1;
    private ulong _pendingBytes;
    private uint _pendingCell;

    // Overrides, sorted by start at Begin; _nextOverride is the first not yet reached.
    private ulong[] _overrideStarts = new ulong[16];
    private ulong[] _overrideEnds = new ulong[16];
    private uint[] _overrideCells = new uint[16];
    private int _overrideCount;
    private int _nextOverride;

    public MapCanvas(MapLayout layout)
    {
        _layout = layout;
        _cells = new uint[layout.PixelCount];
        _changed = new int[layout.PixelCount];
    }

    public MapLayout Layout => _layout;

    public MemoryKind KindAt(int step) => (MemoryKind)(_cells[step] >> OwnerBits);
    public int OwnerAt(int step) => (int)(_cells[step] & OwnerMask);

    // The pixels End found changed (each once), for the painter to draw.
    public int ChangedCount => _changedCount;
    public int ChangedStep(int index) => _changed[index];

    // Before Begin: [start, start + length) is `kind` of `owner` whatever the runs say.
    public void Override(ulong start, ulong length, MemoryKind kind, int owner)
    {
        if (length == 0)
            return;
        if (_overrideCount == _overrideStarts.Length)
        {
            _overrideStarts = Grown(_overrideStarts);
            _overrideEnds = Grown(_overrideEnds);
            _overrideCells = Grown(_overrideCells);
        }
        int at = _overrideCount++;
        while (at > 0 && _overrideStarts[at - 1] > start)
        {
            _overrideStarts[at] = _overrideStarts[at - 1];
            _overrideEnds[at] = _overrideEnds[at - 1];
            _overrideCells[at] = _overrideCells[at - 1];
            at--;
        }
        _overrideStarts[at] = start;
        _overrideEnds[at] = start + length;
        _overrideCells[at] = Cell(kind, owner);
    }

    public void Begin()
    {
        _position = _layout.Start;
        _pendingStep = -1;
        _changedCount = 0;
        _nextOverride = 0;
    }

    // [start, start + length) is `kind` of `owner` (a task id, or 0). Runs come in address
    // order; a run's bytes below the end of the previous one are ignored.
    public void Add(ulong start, ulong length, MemoryKind kind, int owner)
    {
        ulong end = start + length;
        uint cell = Cell(kind, owner);
        while (_nextOverride < _overrideCount && _overrideStarts[_nextOverride] < end)
        {
            int index = _nextOverride++;
            if (start < _overrideStarts[index])
                Place(start, _overrideStarts[index], cell);
            Place(_overrideStarts[index], _overrideEnds[index], _overrideCells[index]);
        }
        Place(start, end, cell);
    }

    // Ends the frame: what no run reached is unused; the overrides are forgotten.
    public void End()
    {
        while (_nextOverride < _overrideCount)
        {
            int index = _nextOverride++;
            Place(_overrideStarts[index], _overrideEnds[index], _overrideCells[index]);
        }
        Place(_layout.End, _layout.End, Cell(MemoryKind.None, 0));
        FinishPending();
        _overrideCount = 0;
    }

    private void Place(ulong start, ulong end, uint cell)
    {
        if (start < _position)
            start = _position;
        if (end > _layout.End)
            end = _layout.End;
        if (start > _position)
            Cover(_position, start < _layout.End ? start : _layout.End, Cell(MemoryKind.None, 0), competes: false);
        if (end > start)
            Cover(start, end, cell, competes: true);
    }

    // Gives [start, end) (inside the map, at or after _position) to `cell`: whole pixels at
    // once; the partly covered pixel at either end is decided by the bytes of each run in
    // it. Unused gaps do not compete for a pixel something else covers.
    private void Cover(ulong start, ulong end, uint cell, bool competes)
    {
        if (end <= start)
            return;
        int first = _layout.StepOf(start);
        int last = _layout.StepOf(end - 1);
        if (first != _pendingStep)
        {
            FinishPending();
            _pendingStep = first;
            _pendingBytes = 0;
            _pendingCell = Cell(MemoryKind.None, 0);
        }
        ulong firstEnd = _layout.AddressOfStep(first) + _layout.BytesPerPixel;
        Consider((end < firstEnd ? end : firstEnd) - start, cell, competes);
        _position = end;
        if (last == first)
            return;
        FinishPending();
        CommitWhole(first + 1, last, cell);
        _pendingStep = last;
        _pendingBytes = 0;
        _pendingCell = Cell(MemoryKind.None, 0);
        Consider(end - _layout.AddressOfStep(last), cell, competes);
    }

    private void Consider(ulong bytes, uint cell, bool competes)
    {
        if (competes && bytes >= _pendingBytes)
        {
            _pendingBytes = bytes;
            _pendingCell = cell;
        }
    }

    private void FinishPending()
    {
        if (_pendingStep >= 0)
            Commit(_pendingStep, _pendingCell);
        _pendingStep = -1;
    }

    // Steps [from, to) all get `cell`. Most of a frame's whole pixels are as they were (the
    // free heap, the kernel image), so four cells are compared at a time and only a group
    // with a difference is committed one by one.
    private void CommitWhole(int from, int to, uint cell)
    {
        int step = from;
        for (; step < to && (step & 3) != 0; step++)
            Commit(step, cell);
        ulong pair = (ulong)cell << 32 | cell;
        fixed (uint* cells = _cells)
        {
            for (; step + 4 <= to; step += 4)
            {
                ulong* group = (ulong*)(cells + step);
                if (group[0] == pair && group[1] == pair)
                    continue;
                for (int each = step; each < step + 4; each++)
                    Commit(each, cell);
            }
        }
        for (; step < to; step++)
            Commit(step, cell);
    }

    private void Commit(int step, uint cell)
    {
        if (_cells[step] == cell)
            return;
        _cells[step] = cell;
        _changed[_changedCount++] = step;
    }

    private static uint Cell(MemoryKind kind, int owner) => (uint)kind << OwnerBits | ((uint)owner & OwnerMask);

    private static T[] Grown<T>(T[] array)
    {
        var grown = new T[array.Length * 2];
        System.Array.Copy(array, grown, array.Length);
        return grown;
    }
}
