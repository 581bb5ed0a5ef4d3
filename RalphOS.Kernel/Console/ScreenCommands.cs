// ScreenCommands: the kernel monitor's `screen` command, for looking at the screen driver
// from the console:
//   screen             the mode, who holds the screen, the map's scale and repaints, the
//                      screen task's CPU time against the uptime
//   screen map|text    show the memory map (mode 13h) or the console (text mode 80x25)
//   screen draw        hold the screen like a graphics program: a test card (16 colours,
//                      read back with GetPixel) until `screen release`
//   screen release     give the screen back (the map or the console returns)
//   screen where ADDR  what the memory map shows at address ADDR (hex), as the mouse
//                      tooltip names it; `screen where` alone lists the programs' images
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Drivers.Vga;
using RalphOS.Kernel.MemoryMap;
using RalphOS.Kernel.Screen;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;

namespace RalphOS.Kernel.Console;

internal static class ScreenCommands
{
    private const int CardLeft = 96, CardTop = 68, CardSquare = 8;

    public static void Run(string argument)
    {
        if (!VgaScreen.IsPresent)
        {
            // Without an adapter (QEMU -vga none) every subcommand would report on a screen
            // that is not there, e.g. "held by task -1".
            Terminal.WriteLine("screen: this machine has no VGA adapter (QEMU was started with -vga none)");
            return;
        }
        switch (argument)
        {
            case "":
                Show();
                break;
            case "map":
            case "text":
                VgaScreen.ShowMap(argument == "map");
                Terminal.WriteLine(argument == "map" ? "screen: the memory map (mode 13h)" : "screen: the console (text mode 80x25)");
                break;
            case "draw":
                Draw();
                break;
            case "release":
                VgaScreen.Release(Scheduler.Current.Id);
                Terminal.WriteLine("screen released");
                break;
            default:
                if (argument == "where" || argument.StartsWith("where "))
                    Where(argument.Substring(5).Trim());
                else
                    Terminal.WriteLine("usage: screen [map | text | draw | release | where [ADDR]]");
                break;
        }
    }

    // The owner line of the map's pixel for an address, from the last repaint; without an
    // address, where each running program's image is (addresses to ask about).
    private static void Where(string address)
    {
        MemoryMapPainter painter = ScreenService.Painter;
        if (address.Length == 0)
        {
            for (KernelTask task = Scheduler.AllTasks; task != null; task = task.AllNext)
            {
                if (task.State != TaskState.Finished && task.Resources != null && task.Resources.TryGetImage(out ulong start, out ulong length))
                    Terminal.WriteLine($"{task.Name} (id {task.Id}): image 0x{start:X}-0x{start + length:X}");
            }
            return;
        }
        if (address.StartsWith("0x") || address.StartsWith("0X"))
            address = address.Substring(2);
        if (!ulong.TryParse(address, System.Globalization.NumberStyles.HexNumber, null, out ulong value))
        {
            Terminal.WriteLine("usage: screen where ADDR (hexadecimal, e.g. 0x1F3000)");
            return;
        }
        if (painter == null)
        {
            Terminal.WriteLine("screen where: the memory map has not been drawn yet (screen map shows it)");
            return;
        }
        MapLayout layout = painter.Layout;
        if (!layout.Contains(value))
        {
            Terminal.WriteLine($"0x{value:X}: outside the map (0x{layout.Start:X}-0x{layout.End:X})");
            return;
        }
        int step = layout.StepOf(value);
        ulong first = layout.AddressOfStep(step);
        int owner = painter.Canvas.OwnerAt(step);
        string line = MapTooltip.OwnerLine(painter.Canvas.KindAt(step), owner, ScreenOverlays.TaskName(owner));
        Terminal.WriteLine($"0x{value:X}: {MapTooltip.RangeLine(first, first + layout.BytesPerPixel)} {line}");
    }

    private static void Show()
    {
        string mode = VgaScreen.IsGraphics ? "mode 13h (320x200, 256 colours)" : "text mode 3 (80x25)";
        string owner = VgaScreen.Owner == VgaScreen.NoOwner ? "nobody" : $"task {VgaScreen.Owner}";
        Terminal.WriteLine($"screen: {mode}, held by {owner}, shows the {(VgaScreen.MapWanted ? "memory map" : "console")} when free");
        if (ScreenService.Painter != null)
            Terminal.WriteLine($"map: {ScreenService.Painter.Layout.BytesPerPixel} bytes a pixel from {ScreenService.Painter.Layout.Start / 1024} KiB");
        if (ScreenService.Repaints > 0)
        {
            Terminal.WriteLine($"map: {ScreenService.Repaints} repaints, {ScreenService.RepaintMicroseconds / ScreenService.Repaints} us each on average");
            MemoryMapPainter painter = ScreenService.Painter;
            Terminal.WriteLine($"map: the last repaint took {ScreenService.LastRepaintMicroseconds} us: {painter.LastRunCount} heap runs, {painter.LastChangedCount} pixels changed");
        }
        // One line the benchmark (tools/bench-vga.py) reads twice: differences give the
        // repaints a second over the guest's clock, and the screen task's share of the CPU
        // in timestamp-counter cycles (a CPU-time ratio that needs no conversion to ms: the
        // cycles-per-ms rate is re-measured all the time and drifts under QEMU's TCG).
        KernelTask task = ScreenService.Task;
        if (task != null)
        {
            ulong total = Clock.TimestampCyclesSinceStart;
            ulong percentTimes100 = total == 0 ? 0 : task.CpuCycles * 10_000 / total;
            Terminal.WriteLine($"screen task: {task.CpuCycles} of {total} TSC cycles ({Scheduler.IdleCycles} idle; the screen {percentTimes100 / 100}.{(percentTimes100 % 100).ToString().PadLeft(2, '0')}%), {ScreenService.Repaints} repaints in {Clock.Milliseconds} ms uptime");
        }
    }

    // Sixteen squares in the first 16 palette colours, checked through GetPixel.
    private static void Draw()
    {
        if (!VgaScreen.TryAcquireGraphics(Scheduler.Current.Id))
        {
            Terminal.WriteLine($"screen: held by task {VgaScreen.Owner}");
            return;
        }
        int wrong = 0;
        for (int color = 0; color < 16; color++)
        {
            int left = CardLeft + (color % 8) * CardSquare * 2, top = CardTop + (color / 8) * CardSquare * 2;
            for (int y = top; y < top + CardSquare * 2; y++)
            {
                for (int x = left; x < left + CardSquare * 2; x++)
                    VgaScreen.SetPixel(x, y, (byte)color);
            }
            if (VgaScreen.GetPixel(left, top) != color)
                wrong++;
        }
        Terminal.WriteLine(wrong == 0 ? "screen: test card drawn ('screen release' gives the screen back)" : $"screen: {wrong} squares read back wrong");
    }
}
