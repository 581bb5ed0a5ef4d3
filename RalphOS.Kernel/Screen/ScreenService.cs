// ScreenService: the task that keeps the screen up to date. In text mode it copies the
// console's changed cells (ScreenConsole). In mode 13h, unless a program holds the screen
// (VgaScreen.Owner), it shows the memory map: it repaints when the heap or the task list
// changed (at most every MapPeriod ms, waking for exactly that moment, so about 14 times a
// second while memory is busy and not at all while it is idle; less often if a repaint
// would take over MapBudgetPercent of the time), refreshes the status line once a second, and
// draws the overlays on top: the console strip while the console is in use, the mouse
// pointer and its tooltip. Overlays are drawn on the screen only; the map and the status
// line also live in a shadow frame, from which whatever an overlay covered is restored.
// Woken early by the mouse (Wake, from IRQ 12). Started by KernelMain.
using System;
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Drivers.Ps2;
using RalphOS.Kernel.Drivers.Vga;
using RalphOS.Kernel.MemoryMap;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;

namespace RalphOS.Kernel.Screen;

internal static unsafe class ScreenService
{
    private const ulong FramePeriod = 40;        // ms between checks
    private const ulong MapPeriod = 70;          // ms between map repaints at most
    // A repaint may take at most this share of the time until the next one: a heap of many
    // small blocks (a slow walk) is repainted less often rather than slowing programs down.
    private const ulong MapBudgetPercent = 4;
    private const ulong StripShownFor = 15_000;  // ms the console strip stays after output
    private const int StatusRow = 192;
    private const int StripTop = StatusRow - ScreenConsole.StripRows * Font8x8.Height;

    private static WaitQueue _wake;
    private static bool _wakeRequested;
    private static MemoryMapPainter _painter;
    private static ScreenOverlays _overlays;
    private static KernelExtent _kernel;

    public static KernelTask Task { get; private set; }
    public static MemoryMapPainter Painter => _painter;
    public static ulong Repaints { get; private set; }
    public static ulong RepaintMicroseconds { get; private set; }
    public static ulong LastRepaintMicroseconds { get; private set; }

    public static void Start(KernelExtent kernel)
    {
        _kernel = kernel;
        _wake = new WaitQueue();
        ScreenConsole.Start();
        Task = Scheduler.Spawn("screen", &TaskMain, 0);
    }

    // From interrupt handlers (the mouse moved): redraw soon.
    public static void Wake()
    {
        if (_wake == null)
            return;
        _wakeRequested = true;
        _wake.WakeAll();
    }

    private static void TaskMain(nint argument)
    {
        uint generation = uint.MaxValue;
        ulong stamp = 0, nextMap = 0, lastStatus = 0;
        bool changePending = false;
        for (;;)
        {
            // A change waiting for its repaint wakes the task at the moment one is allowed.
            ulong deadline = Clock.Milliseconds + FramePeriod;
            if (changePending && nextMap < deadline)
                deadline = nextMap;
            bool wereEnabled = Cpu.DisableInterruptsSaving();
            if (!_wakeRequested)
                _wake.WaitUntil(deadline);
            _wakeRequested = false;
            Cpu.RestoreInterrupts(wereEnabled);

            bool everything = generation != VgaScreen.Generation;
            generation = VgaScreen.Generation;
            if (!VgaScreen.IsGraphics)
            {
                ScreenConsole.FlushText(everything);
                continue;
            }
            if (VgaScreen.Owner != VgaScreen.NoOwner)
                continue;

            if (_painter == null)
            {
                _painter = new MemoryMapPainter(_kernel);
                _overlays = new ScreenOverlays(_painter, StripTop);
            }
            Span<byte> frame = VgaScreen.Frame;
            ulong now = Clock.Milliseconds;
            if (everything)
            {
                _overlays.Forget();
                new Span<byte>(_painter.Shadow).CopyTo(frame);
            }
            ulong newStamp = MemoryStamp();
            bool repaint = everything || (newStamp != stamp && now >= nextMap);
            if (repaint)
            {
                ulong started = Clock.ReadPreciseMicroseconds();
                _painter.Collect();
                _painter.Render(frame, _overlays.Covered);
                ulong spent = Clock.ReadPreciseMicroseconds() - started;
                Repaints++;
                RepaintMicroseconds += spent;
                LastRepaintMicroseconds = spent;
                ulong wait = spent * 100 / MapBudgetPercent / 1000;
                nextMap = now + (wait > MapPeriod ? wait : MapPeriod);
            }
            if (everything || now - lastStatus >= 1000)
            {
                lastStatus = now;
                _overlays.DrawStatus(frame, StatusRow, StatusLine(now));
            }
            bool stripShown = ScreenConsole.LastActivity != 0 && now - ScreenConsole.LastActivity < StripShownFor;
            _overlays.Update(frame, stripShown, ScreenConsole.Strip, Ps2Devices.PointerX, Ps2Devices.PointerY, Ps2Devices.Packets > 0);
            // What this frame allocated itself (status text, tooltip text) is no reason to
            // repaint; no other task ran since the stamp was taken.
            if (repaint || newStamp == stamp)
                stamp = MemoryStamp();
            changePending = !repaint && newStamp != stamp;
        }
    }

    private static string StatusLine(ulong now)
    {
        int tasks = 0;
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
        {
            if (task.State != TaskState.Finished)
                tasks++;
        }
        return MapStatusLine.Format(now, Internal.Runtime.ManagedHeap.BytesUsed, Internal.Runtime.ManagedHeap.BytesTotal,
            tasks, _painter.Layout.BytesPerPixel);
    }

    // Changes whenever the heap's blocks or the set of tasks change.
    private static ulong MemoryStamp()
    {
        ulong stamp = Internal.Runtime.HeapBlocks.ChangeStamp;
        for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
            stamp = stamp * 31 + (ulong)task.Id * 2 + (task.State == TaskState.Finished ? 1UL : 0);
        return stamp;
    }
}
