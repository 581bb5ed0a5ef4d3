// MapCanvas: one frame of the memory map before it is drawn: for each pixel (a step of the
// curve) the kind and owner of memory covering most of its bytes. The painter adds runs of
// memory in any order; a run that covers at least as many of a pixel's bytes as the best so
// far takes the pixel, so regions added later (stacks inside the heap) win ties. The same
// data answers the tooltip's "what is under the cursor". Pure; host-tested.
namespace RalphOS.Kernel.MemoryMap;

internal sealed class MapCanvas
{
    private readonly MapLayout _layout;
    private readonly MemoryKind[] _kinds;
    private readonly int[] _owners;
    private readonly uint[] _bestBytes;

    public MapCanvas(MapLayout layout)
    {
        _layout = layout;
        _kinds = new MemoryKind[layout.PixelCount];
        _owners = new int[layout.PixelCount];
        _bestBytes = new uint[layout.PixelCount];
    }

    public MapLayout Layout => _layout;

    public void Clear()
    {
        for (int i = 0; i < _kinds.Length; i++)
        {
            _kinds[i] = MemoryKind.None;
            _owners[i] = 0;
            _bestBytes[i] = 0;
        }
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
        int first = _layout.StepOf(start);
        int last = _layout.StepOf(end - 1);
        for (int step = first; step <= last; step++)
        {
            ulong pixelStart = _layout.AddressOfStep(step);
            ulong pixelEnd = pixelStart + _layout.BytesPerPixel;
            ulong from = start > pixelStart ? start : pixelStart;
            ulong to = end < pixelEnd ? end : pixelEnd;
            uint covered = (uint)(to - from);
            if (covered >= _bestBytes[step])
            {
                _bestBytes[step] = covered;
                _kinds[step] = kind;
                _owners[step] = owner;
            }
        }
    }
}
