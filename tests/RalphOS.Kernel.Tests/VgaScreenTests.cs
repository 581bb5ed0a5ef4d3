// VgaScreenTests: the screen, seen through QEMU's monitor (screendump, sendkey, mouse_move)
// on a headless machine with -device VGA and the i8042: the memory map shows the kernel's
// colour where the curve starts (the kernel image), a large BASIC array visibly turns free
// heap into used heap and the collector turns it back, the map repaints several times a
// second (counted against the guest's clock) while BASIC allocates, the mouse tooltip
// names the memory under the pointer (on screen and in the serial log at debug level),
// keys typed on the PS/2 keyboard run a BASIC line, and BASIC's SCREEN 13 draws on the
// VGA while the map steps aside; a running program's image is a kind of its own on the
// map (violet), which the monitor's `screen where ADDR` names as the tooltip does.
// With RALPH_SCREENSHOT_DIR set (./run.sh test-vga) the map's screenshot is saved there as
// memory-map.png for the README.
using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using RalphOS.TestHarness;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class VgaScreenTests
{
    private const int MapWidth = 320, MapHeight = 192;
    private static readonly TimeSpan ScreenTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public void MapShowsTheKernelImageWhereTheCurveStarts()
    {
        using var screen = VgaMachine.Boot(nameof(MapShowsTheKernelImageWhereTheCurveStarts), vga: true);
        PpmImage shot = screen.WaitForScreen(image => IsBlue(screen.MapPixel(image, 0, 0)));
        // The kernel's code (over 400 KiB at 4 KiB a pixel) fills the first pixels of the
        // curve; its read-only data (cyan) and static data (magenta) follow, tens of pixels each.
        for (int x = 0; x < 4; x++)
            Assert.True(IsBlue(screen.MapPixel(shot, x, 0)), $"pixel ({x},0) is {screen.MapPixel(shot, x, 0)}, not the kernel code's blue");
        Assert.True(CountPixels(screen, shot, IsCyan) >= 20, "no kernel read-only data (cyan) on the map");
        Assert.True(CountPixels(screen, shot, IsMagenta) >= 20, "no kernel static data (magenta) on the map");
        Assert.True(CountPixels(screen, shot, IsGreen) > 10_000, "most of the heap is free (green)");
        // The status line under the map has white text.
        bool white = false;
        for (int x = 0; x < 320 && !white; x++)
            white = screen.MapPixel(shot, x, 195).Red > 200 && screen.MapPixel(shot, x, 195).Blue > 200;
        Assert.True(white, "no status line text in rows 192-199");

        screen.Monitor.Run("mouse_move 40 30");
        Thread.Sleep(1000);
        string folder = Environment.GetEnvironmentVariable("RALPH_SCREENSHOT_DIR");
        if (!string.IsNullOrEmpty(folder))
            screen.Screendump().SavePng(Path.Combine(folder, "memory-map.png"));
    }

    [Fact]
    public void AllocatingFromBasicGrowsTheUsedHeapOnTheMap()
    {
        using var screen = VgaMachine.Boot(nameof(AllocatingFromBasicGrowsTheUsedHeapOnTheMap), vga: true);
        PpmImage before = screen.WaitForScreen(image => IsBlue(screen.MapPixel(image, 0, 0)));
        int freeBefore = CountPixels(screen, before, IsGreen);
        screen.RunBasic("DIM A(500000)");
        // 4 MB of doubles at 4 KiB a pixel: about 1000 pixels turn from free to used.
        PpmImage after = screen.WaitForScreen(image => CountPixels(screen, image, IsGreen) < freeBefore - 500);
        Assert.True(CountPixels(screen, after, IsGreen) < freeBefore - 500);

        // The collector's work shows too: once the array is garbage and collected, its
        // pixels turn free again.
        screen.RunBasic("ERASE A");
        screen.Machine.Send("SYSTEM\r");
        screen.Machine.WaitFor(KernelConsole.Prompt, ScreenTimeout);
        screen.RunMonitor("gc");
        PpmImage collected = screen.WaitForScreen(image => CountPixels(screen, image, IsGreen) > freeBefore - 100);
        Assert.True(CountPixels(screen, collected, IsGreen) > freeBefore - 100, "the collected array still shows as used");
    }

    [Fact]
    public void MapRepaintsSeveralTimesASecondWhileBasicAllocates()
    {
        using var screen = VgaMachine.Boot(nameof(MapRepaintsSeveralTimesASecondWhileBasicAllocates), vga: true);
        screen.WaitForScreen(image => IsBlue(screen.MapPixel(image, 0, 0)));
        (long repaints, long uptime) before = ScreenCounters(screen);
        // Allocates all the time for three seconds of the guest's clock (TIMER; it stops
        // early at midnight): every pass changes the heap, so the map has a change to show
        // at every moment it may repaint.
        screen.Machine.Send("T=TIMER: WHILE TIMER-T<3 AND TIMER>=T: A$=STR$(I)+\"xyz\": DIM B(50): ERASE B: WEND\r");
        screen.Machine.WaitFor(BasicTests.BasicPrompt, TimeSpan.FromMinutes(5));
        (long repaints, long uptime) after = ScreenCounters(screen);
        // Counted against the guest's own clock, with a wide margin under the ~14 a second
        // the screen task aims for (QEMU's TCG on a busy host stretches guest time unevenly).
        double seconds = (after.uptime - before.uptime) / 1000.0;
        long repainted = after.repaints - before.repaints;
        Assert.True(seconds >= 2, $"the loop took only {seconds} s of guest time");
        Assert.True(repainted >= 5 * seconds, $"{repainted} repaints in {seconds:F1} s of guest time");
    }

    [Fact]
    public void MouseTooltipNamesTheMemoryUnderThePointer()
    {
        using var screen = VgaMachine.Boot(nameof(MouseTooltipNamesTheMemoryUnderThePointer), vga: true);
        screen.WaitForScreen(image => IsBlue(screen.MapPixel(image, 0, 0)));
        // Far up and left: the pointer stops at (0, 0), the first pixel of the kernel's code.
        screen.Monitor.Run("mouse_move -400 -400");
        screen.Machine.WaitFor("[debug] mouse: 0x00100000-0x00101000 kernel code", ScreenTimeout);
        // The tooltip's dark grey box sits below and right of the pointer.
        PpmImage shot = screen.WaitForScreen(image => IsDarkGrey(screen.MapPixel(image, 11, 11)));
        Assert.True(IsDarkGrey(screen.MapPixel(shot, 11, 11)));
    }

    [Fact]
    public void AProgramsImageIsItsOwnKindOnTheMap()
    {
        using var screen = VgaMachine.Boot(nameof(AProgramsImageIsItsOwnKindOnTheMap), vga: true);
        screen.WaitForScreen(image => IsBlue(screen.MapPixel(image, 0, 0)));
        screen.RunBasic("SPAWN \"crash\", \"wait\"");
        screen.Machine.Send("SYSTEM\r");
        screen.Machine.WaitFor(KernelConsole.Prompt, ScreenTimeout);
        string images = MonitorOutput(screen, "screen where");
        var image = System.Text.RegularExpressions.Regex.Match(images, @"prog:crash \(id (\d+)\): image 0x([0-9A-F]+)-0x([0-9A-F]+)");
        Assert.True(image.Success, images);
        string id = image.Groups[1].Value;
        ulong start = Convert.ToUInt64(image.Groups[2].Value, 16), end = Convert.ToUInt64(image.Groups[3].Value, 16);
        ulong middle = start + (end - start) / 2;

        // The map repaints a moment after the program started.
        string where = WaitForWhere(screen, middle, $"program image crash (id {id})");
        Assert.Contains($"program image crash (id {id})", where);
        // About 120 KiB of image at 4 KiB a pixel: a few tens of violet pixels.
        PpmImage shot = screen.WaitForScreen(picture => CountPixels(screen, picture, IsViolet) >= 10);
        Assert.True(CountPixels(screen, shot, IsViolet) >= 10, "no program image (violet) on the map");

        // Once the program is stopped its image is gone from the map.
        screen.RunMonitor($"break {id}");
        Assert.DoesNotContain("program image", WaitForWhere(screen, middle, null));
    }

    // `screen where ADDR` until its answer contains `expected` (null: until it names no
    // program image), bounded by the screen timeout; the last answer.
    private static string WaitForWhere(VgaMachine screen, ulong address, string expected)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            string answer = MonitorOutput(screen, $"screen where 0x{address:X}");
            bool done = expected == null ? !answer.Contains("program image") : answer.Contains(expected);
            if (done || clock.Elapsed > ScreenTimeout)
                return answer;
            Thread.Sleep(500);
        }
    }

    private static string MonitorOutput(VgaMachine screen, string command)
    {
        int start = screen.Machine.SerialOutput.Length;
        screen.RunMonitor(command);
        return screen.Machine.SerialOutput.Substring(start);
    }

    [Fact]
    public void KeysTypedOnThePs2KeyboardRunABasicLine()
    {
        using var screen = VgaMachine.Boot(nameof(KeysTypedOnThePs2KeyboardRunABasicLine), vga: false);
        int start = screen.Machine.SerialOutput.Length;
        screen.Monitor.SendKeys("p", "r", "i", "n", "t", "spc", "6", "shift-8", "7", "ret");
        screen.Machine.WaitFor(new System.Text.RegularExpressions.Regex(@"print 6\*7\r?\n 42 "), ScreenTimeout);
        Assert.Contains(" 42 ", screen.Machine.SerialOutput.Substring(start));
    }

    [Fact]
    public void AProgramHoldsTheScreenAndTheMapComesBackAndTextModeSwitchesAtRunTime()
    {
        using var screen = VgaMachine.Boot(nameof(AProgramHoldsTheScreenAndTheMapComesBackAndTextModeSwitchesAtRunTime), vga: true);
        screen.WaitForScreen(image => IsBlue(screen.MapPixel(image, 0, 0)));
        screen.Machine.Send("SYSTEM\r");
        screen.Machine.WaitFor(KernelConsole.Prompt, ScreenTimeout);

        // The monitor's test card: colour 14 (yellow) is the square at (192, 84).
        screen.RunMonitor("screen draw");
        PpmImage card = screen.WaitForScreen(image => IsYellow(screen.MapPixel(image, 200, 90)));
        Assert.True(IsYellow(screen.MapPixel(card, 200, 90)));
        Assert.False(IsBlue(screen.MapPixel(card, 0, 0)), "the map drew over the program's screen");

        screen.RunMonitor("screen release");
        PpmImage map = screen.WaitForScreen(image => IsBlue(screen.MapPixel(image, 0, 0)));
        Assert.True(IsBlue(screen.MapPixel(map, 0, 0)));
        Assert.False(IsYellow(screen.MapPixel(map, 200, 90)));

        // Text mode: QEMU renders 80x25 cells of 9x16 pixels, with our font's light grey text.
        screen.RunMonitor("screen text");
        PpmImage text = screen.WaitForScreen(image => image.Width == 720 && CountLightGrey(image) > 500);
        Assert.Equal(720, text.Width);
        Assert.True(CountLightGrey(text) > 500, "no text on the text-mode screen");
        screen.RunMonitor("screen map");
        Assert.True(IsBlue(screen.MapPixel(screen.WaitForScreen(image => IsBlue(screen.MapPixel(image, 0, 0))), 0, 0)));
    }

    [Fact]
    public void BasicGraphicsDrawOnTheVgaAndTheMapReturnsWhenTheProgramEnds()
    {
        using var screen = VgaMachine.Boot(nameof(BasicGraphicsDrawOnTheVgaAndTheMapReturnsWhenTheProgramEnds), vga: true);
        screen.WaitForScreen(image => IsBlue(screen.MapPixel(image, 0, 0)));

        // At the prompt SCREEN 13 holds the screen until SCREEN 0; POINT reads the picture.
        screen.RunBasic("SCREEN 13: LINE (100, 50)-(219, 149), 14, BF: PRINT POINT(110, 60)");
        Assert.Contains(" 14 ", screen.Machine.SerialOutput);
        PpmImage drawn = screen.WaitForScreen(image => IsYellow(screen.MapPixel(image, 110, 60)));
        Assert.True(IsYellow(screen.MapPixel(drawn, 110, 60)), "the box is not on the screen");
        Assert.False(IsBlue(screen.MapPixel(drawn, 0, 0)), "the map drew over BASIC's picture");
        screen.RunBasic("SCREEN 0");
        screen.WaitForScreen(image => IsBlue(screen.MapPixel(image, 0, 0)));

        // A program holds it while it runs (here: waiting in INPUT) and gives it back at END.
        screen.RunBasic("NEW");
        screen.RunBasic("10 SCREEN 13: CIRCLE (160, 100), 50, 14: PAINT (160, 100), 14, 14");
        screen.RunBasic("20 INPUT A$");
        screen.Machine.Send("RUN\r");
        screen.Machine.WaitFor("? ", ScreenTimeout);
        PpmImage running = screen.WaitForScreen(image => IsYellow(screen.MapPixel(image, 160, 100)));
        Assert.True(IsYellow(screen.MapPixel(running, 160, 100)), "the filled circle is not on the screen");
        screen.RunBasic("done");
        PpmImage after = screen.WaitForScreen(image => IsBlue(screen.MapPixel(image, 0, 0)));
        Assert.True(IsBlue(screen.MapPixel(after, 0, 0)), "the map did not come back after END");
    }

    // Repaints so far and the uptime in ms, from the monitor's `screen`, back in BASIC after.
    private static (long Repaints, long Uptime) ScreenCounters(VgaMachine screen)
    {
        screen.Machine.Send("SYSTEM\r");
        screen.Machine.WaitFor(KernelConsole.Prompt, ScreenTimeout);
        screen.Machine.Send("screen\r");
        var match = screen.Machine.WaitFor(new System.Text.RegularExpressions.Regex(@"screen task: .*, (\d+) repaints in (\d+) ms uptime"), ScreenTimeout);
        screen.Machine.WaitFor(KernelConsole.Prompt, ScreenTimeout);
        screen.Machine.Send("basic\r");
        screen.Machine.WaitFor(BasicTests.BasicPrompt, ScreenTimeout);
        return (long.Parse(match.Groups[1].Value), long.Parse(match.Groups[2].Value));
    }

    private static int CountLightGrey(PpmImage image)
    {
        int count = 0;
        for (int y = 0; y < image.Height; y++)
        {
            for (int x = 0; x < image.Width; x++)
            {
                var c = image.Pixel(x, y);
                if (c.Red is > 150 and < 190 && c.Green == c.Red && c.Blue == c.Red)
                    count++;
            }
        }
        return count;
    }

    private static int CountPixels(VgaMachine screen, PpmImage image, Func<(byte Red, byte Green, byte Blue), bool> test)
    {
        int count = 0;
        for (int y = 0; y < MapHeight; y++)
        {
            for (int x = 0; x < MapWidth; x++)
            {
                if (test(screen.MapPixel(image, x, y)))
                    count++;
            }
        }
        return count;
    }

    // Default VGA palette: blue (0, 0, 42), green (0, 42, 0), dark grey (21, 21, 21) in 6 bits.
    private static bool IsBlue((byte Red, byte Green, byte Blue) c) => c.Red < 40 && c.Green < 40 && c.Blue is > 150 and < 190;
    private static bool IsGreen((byte Red, byte Green, byte Blue) c) => c.Red < 40 && c.Green is > 150 and < 190 && c.Blue < 40;
    private static bool IsCyan((byte Red, byte Green, byte Blue) c) => c.Red < 40 && c.Green is > 150 and < 190 && c.Blue is > 150 and < 190;
    private static bool IsMagenta((byte Red, byte Green, byte Blue) c) => c.Red is > 150 and < 190 && c.Green < 40 && c.Blue is > 150 and < 190;
    private static bool IsYellow((byte Red, byte Green, byte Blue) c) => c.Red > 230 && c.Green > 230 && c.Blue is > 60 and < 110;
    // Palette index 34 (MapPalette.Violet): 7D00FF in the default VGA palette.
    private static bool IsViolet((byte Red, byte Green, byte Blue) c) => c.Red is > 100 and < 150 && c.Green < 30 && c.Blue > 220;
    private static bool IsDarkGrey((byte Red, byte Green, byte Blue) c) => c.Red is > 70 and < 100 && c.Green is > 70 and < 100 && c.Blue is > 70 and < 100;
}
