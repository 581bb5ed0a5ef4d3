// MemoryMapPainter: the live picture of memory. Collect classifies every pixel's bytes
// (MapCanvas) from the kernel's extent, the boot data stage 2 loaded after it, the heap's
// control data, a walk over all heap blocks (runs of neighbouring blocks with the same
// kind and owner are added as one) and every task's stack and guard page; Render copies
// the colours into the shadow frame and to the screen only where a pixel changed, skipping
// pixels an overlay covers (ScreenService restores those from the shadow later). Called
// by ScreenService on its own task; the walk never yields, so no allocation can happen
// in the middle of it.
using System;
using Internal.Runtime;
using RalphOS.Kernel.Drivers.Vga;
using RalphOS.Kernel.Tasks;

namespace RalphOS.Kernel.MemoryMap;

internal sealed unsafe class MemoryMapPainter
{
    private readonly MapCanvas _canvas;
    private readonly byte[] _shadow = new byte[VgaScreen.Width * VgaScreen.Height];
    private readonly byte[] _previousColors;   // what Render last drew, in curve order
    private readonly ulong _kernelStart;
    private readonly ulong _kernelEnd;
    private readonly ulong _bootDataEnd;

    public MemoryMapPainter(ulong kernelStart, ulong kernelEnd, ulong bootDataEnd)
    {
        _kernelStart = kernelStart;
        _kernelEnd = kernelEnd;
        _bootDataEnd = bootDataEnd;
        _canvas = new MapCanvas(new MapLayout(kernelStart, HeapBlocks.AreaEnd));
        _previousColors = new byte[_canvas.Layout.PixelCount];
    }

    public MapCanvas Canvas => _canvas;
    public MapLayout Layout => _canvas.Layout;
    public byte[] Shadow => _shadow;

    public void Collect()
    {
        _canvas.Clear();
        _canvas.Add(_kernelStart, _kernelEnd - _kernelStart, MemoryKind.KernelImage, 0);
        if (_bootDataEnd > _kernelEnd)
            _canvas.Add(_kernelEnd, _bootDataEnd - _kernelEnd, MemoryKind.BootData, 0);
        _canvas.Add(HeapBlocks.RegionStart, HeapBlocks.AreaStart - HeapBlocks.RegionStart, MemoryKind.HeapMetadata, 0);
        AddHeapBlocks();
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
        {
            if (task.Stack == null || task.State == TaskState.Finished)
                continue;
            _canvas.Add(task.Stack.GuardPage, task.Stack.Bottom - task.Stack.GuardPage, MemoryKind.GuardPage, task.Id);
            _canvas.Add(task.StackBottom, task.StackTop - task.StackBottom, MemoryKind.Stack, task.Id);
        }
    }

    // Copies changed pixels (the pixel count is a multiple of 8) to the shadow and to the frame where no overlay covers them
    // (covered: one flag a screen offset); returns how many changed.
    public int Render(Span<byte> frame, bool[] covered)
    {
        int changed = 0;
        MapLayout layout = _canvas.Layout;
        byte[] colors = _canvas.Colors;
        byte[] previous = _previousColors;
        fixed (byte* now = colors, before = previous)
        {
            // Eight pixels a comparison: most of the map is unchanged from one frame to the next.
            int chunks = colors.Length / sizeof(ulong);
            for (int chunk = 0; chunk < chunks; chunk++)
            {
                if (((ulong*)now)[chunk] == ((ulong*)before)[chunk])
                    continue;
                for (int step = chunk * sizeof(ulong); step < (chunk + 1) * sizeof(ulong); step++)
                {
                    byte color = now[step];
                    if (before[step] == color)
                        continue;
                    before[step] = color;
                    int offset = layout.OffsetOfStep(step);
                    _shadow[offset] = color;
                    if (!covered[offset])
                        frame[offset] = color;
                    changed++;
                }
            }
        }
        return changed;
    }

    private void AddHeapBlocks()
    {
        ulong runStart = 0, runEnd = 0;
        MemoryKind runKind = MemoryKind.None;
        int runOwner = 0;
        nuint block = HeapBlocks.NextBlock(0, out nuint size, out uint owner, out bool allocated);
        while (block != 0)
        {
            MemoryKind kind = KindOf(allocated, owner);
            int ownerId = kind == MemoryKind.HeapTask ? (int)owner : 0;
            if (kind == runKind && ownerId == runOwner && (ulong)block == runEnd)
            {
                runEnd += size;
            }
            else
            {
                if (runEnd > runStart)
                    _canvas.Add(runStart, runEnd - runStart, runKind, runOwner);
                runStart = block;
                runEnd = (ulong)block + size;
                runKind = kind;
                runOwner = ownerId;
            }
            block = HeapBlocks.NextBlock(block, out size, out owner, out allocated);
        }
        if (runEnd > runStart)
            _canvas.Add(runStart, runEnd - runStart, runKind, runOwner);
    }

    private static MemoryKind KindOf(bool allocated, uint owner)
    {
        if (!allocated)
            return MemoryKind.HeapFree;
        if ((owner & ManagedHeap.NativeOwnerFlag) != 0)
            return MemoryKind.HeapNative;
        return owner == 0 ? MemoryKind.HeapKernel : MemoryKind.HeapTask;
    }
}
