// MemoryMapPainter: the live picture of memory. Collect walks memory in address order into
// the canvas (MapCanvas): the kernel image's code, read-only data and static data
// (KernelExtent), the boot data stage 2 loaded after it, the
// heap's control data, then the heap as runs of alike blocks (HeapBlocks.NextRun: one call
// a run, a tight loop over the headers inside that jumps over stretches of small blocks an
// eighth of a pixel at a time), with every task's stack and guard page and every
// program's image (ITaskResources.TryGetImage) as overrides; Render draws only the pixels
// whose kind or owner changed since the last frame
// into the shadow frame and to the screen, skipping pixels an overlay covers
// (ScreenService restores those from the shadow later). Neither allocates (but for the
// rare growth of the canvas's override list past 16 stacks), so a repaint costs the walk
// plus the changed pixels. Called by ScreenService on its own task; the
// walk never yields, so no allocation can happen in the middle of it.
using System;
using Internal.Runtime;
using RalphOS.Kernel.Drivers.Vga;
using RalphOS.Kernel.Tasks;

namespace RalphOS.Kernel.MemoryMap;

internal sealed unsafe class MemoryMapPainter
{
    // The heap walk crosses stretches of small blocks in jumps of an eighth of a pixel
    // (HeapRuns): what it may misread is too little to win a pixel, and a heap of many
    // small blocks (a busy BASIC program's strings) costs a lookup a jump, not a read a block.
    private const int StridesPerPixel = 8;

    private readonly MapCanvas _canvas;
    private readonly byte[] _shadow = new byte[VgaScreen.Width * VgaScreen.Height];
    private readonly KernelExtent _kernel;

    public MemoryMapPainter(KernelExtent kernel)
    {
        _kernel = kernel;
        _canvas = new MapCanvas(new MapLayout(kernel.Start, HeapBlocks.AreaEnd));
    }

    public MapCanvas Canvas => _canvas;
    public MapLayout Layout => _canvas.Layout;
    public byte[] Shadow => _shadow;

    // The last Collect's heap runs and changed pixels (the monitor's `screen` shows them).
    public int LastRunCount { get; private set; }
    public int LastChangedCount => _canvas.ChangedCount;

    public void Collect()
    {
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
        {
            if (task.Stack == null || task.State == TaskState.Finished)
                continue;
            _canvas.Override(task.Stack.GuardPage, task.Stack.Bottom - task.Stack.GuardPage, MemoryKind.GuardPage, task.Id);
            _canvas.Override(task.StackBottom, task.StackTop - task.StackBottom, MemoryKind.Stack, task.Id);
        }
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
        {
            if (task.State != TaskState.Finished && task.Resources != null && task.Resources.TryGetImage(out ulong image, out ulong length))
                _canvas.Override(image, length, MemoryKind.ProgramImage, task.Id);
        }
        _canvas.Begin();
        _canvas.Add(_kernel.Start, _kernel.ReadOnlyDataStart - _kernel.Start, MemoryKind.KernelCode, 0);
        _canvas.Add(_kernel.ReadOnlyDataStart, _kernel.DataStart - _kernel.ReadOnlyDataStart, MemoryKind.KernelReadOnlyData, 0);
        _canvas.Add(_kernel.DataStart, _kernel.End - _kernel.DataStart, MemoryKind.KernelData, 0);
        if (_kernel.BootDataEnd > _kernel.End)
            _canvas.Add(_kernel.End, _kernel.BootDataEnd - _kernel.End, MemoryKind.BootData, 0);
        _canvas.Add(HeapBlocks.RegionStart, HeapBlocks.AreaStart - HeapBlocks.RegionStart, MemoryKind.HeapMetadata, 0);
        int runs = 0;
        nuint stride = (nuint)(Layout.BytesPerPixel / StridesPerPixel);
        for (nuint run = HeapBlocks.NextRun(0, out nuint end, out uint owner, out bool allocated, stride);
             run != 0;
             run = HeapBlocks.NextRun(end, out end, out owner, out allocated, stride))
        {
            MemoryKind kind = KindOf(allocated, owner);
            _canvas.Add(run, end - run, kind, kind == MemoryKind.HeapTask ? (int)owner : 0);
            runs++;
        }
        _canvas.End();
        LastRunCount = runs;
    }

    // Draws the pixels Collect found changed into the shadow, and into the frame where no
    // overlay covers them (covered: one flag a screen offset); returns how many.
    public int Render(Span<byte> frame, bool[] covered)
    {
        MapCanvas canvas = _canvas;
        MapLayout layout = canvas.Layout;
        int count = canvas.ChangedCount;
        for (int index = 0; index < count; index++)
        {
            int step = canvas.ChangedStep(index);
            byte color = MapPalette.ColorOf(canvas.KindAt(step), canvas.OwnerAt(step));
            int offset = layout.OffsetOfStep(step);
            _shadow[offset] = color;
            if (!covered[offset])
                frame[offset] = color;
        }
        return count;
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
