// MemoryMapTests: the memory map's pure parts: the Gilbert curve visits every pixel once
// in steps to a neighbour, the layout maps addresses to pixels and back and picks a pixel
// size that fits the range, the canvas gives a pixel to the kind covering most of it (later
// runs winning ties), lets overrides (stacks) replace runs, lists only the pixels that
// changed since the last frame, and the tooltip and status line read as documented.
using RalphOS.Kernel.MemoryMap;
using Xunit;

namespace RalphOS.Drivers.Tests;

public class MemoryMapTests
{
    [Theory]
    [InlineData(320, 192)]
    [InlineData(7, 5)]
    [InlineData(5, 9)]
    [InlineData(1, 4)]
    public void CurveVisitsEveryPixelOnceMovingToANeighbour(int width, int height)
    {
        var curve = new GilbertCurve(width, height);
        var seen = new bool[width * height];
        for (int step = 0; step < curve.Length; step++)
        {
            int offset = curve.OffsetAt(step);
            Assert.False(seen[offset], $"pixel {offset} visited twice");
            seen[offset] = true;
            Assert.Equal(step, curve.StepAt(offset));
            if (step > 0)
            {
                int previous = curve.OffsetAt(step - 1);
                int dx = offset % width - previous % width, dy = offset / width - previous / width;
                Assert.Equal(1, dx * dx + dy * dy);
            }
        }
        Assert.All(seen, Assert.True);
        Assert.Equal(0, curve.OffsetAt(0));   // starts in the top-left corner
    }

    [Fact]
    public void LayoutPicksThePixelSizeThatFitsAndMapsBothWays()
    {
        // 127 MiB from 1 MiB: 61,440 pixels of 2 KiB hold 120 MiB, so 4 KiB.
        var layout = new MapLayout(0x100000, 0x8000000);
        Assert.Equal(4096UL, layout.BytesPerPixel);
        Assert.True(layout.Contains(0x7FFFFFF));
        Assert.False(layout.Contains(0xFFFFF));

        ulong address = 0x100000 + 12345 * 4096 + 17;
        int step = layout.StepOf(address);
        Assert.Equal(12345, step);
        int offset = layout.OffsetOfStep(step);
        layout.RangeAt(offset % MapLayout.Width, offset / MapLayout.Width, out ulong first, out ulong end);
        Assert.Equal(0x100000UL + 12345 * 4096, first);
        Assert.Equal(first + 4096, end);
        Assert.InRange(address, first, end - 1);
    }

    [Fact]
    public void SmallRangesUse256BytePixels()
    {
        Assert.Equal(256UL, new MapLayout(0x100000, 0x100000 + 1000).BytesPerPixel);
    }

    [Fact]
    public void CanvasGivesAPixelToWhatCoversMostOfItAndLaterRunsWinTies()
    {
        var canvas = new MapCanvas(new MapLayout(0x100000, 0x200000));   // 256 bytes a pixel
        canvas.Begin();
        canvas.Add(0x100000, 100, MemoryKind.HeapTask, 5);               // 100 of 256 bytes...
        canvas.Add(0x100064, 156, MemoryKind.HeapFree, 0);               // ...free has more
        canvas.Add(0x100100, 200, MemoryKind.HeapTask, 6);               // 200 of 256: task 6
        canvas.Add(0x1001C8, 0xB8, MemoryKind.HeapFree, 0);              // to the middle of pixel 2...
        canvas.Add(0x100280, 0x80, MemoryKind.HeapTask, 7);              // ...a tie: the later run
        canvas.Add(0x100300, 0x400, MemoryKind.HeapKernel, 0);           // four whole pixels
        canvas.End();
        Assert.Equal(MemoryKind.HeapFree, canvas.KindAt(0));
        Assert.Equal(MemoryKind.HeapTask, canvas.KindAt(1));
        Assert.Equal(6, canvas.OwnerAt(1));
        Assert.Equal(MemoryKind.HeapTask, canvas.KindAt(2));
        Assert.Equal(7, canvas.OwnerAt(2));
        for (int step = 3; step < 7; step++)
            Assert.Equal(MemoryKind.HeapKernel, canvas.KindAt(step));
        Assert.Equal(MemoryKind.None, canvas.KindAt(7));
        Assert.Equal(MemoryKind.None, canvas.KindAt(100));
    }

    [Fact]
    public void GapsAreUnusedButDoNotTakeAPixelSomethingCovers()
    {
        var canvas = new MapCanvas(new MapLayout(0x100000, 0x200000));
        canvas.Begin();
        canvas.Add(0x100000, 16, MemoryKind.KernelCode, 0);              // 16 bytes of pixel 0
        canvas.Add(0x100400, 0x100, MemoryKind.HeapFree, 0);             // pixel 4; 1-3 a gap
        canvas.End();
        Assert.Equal(MemoryKind.KernelCode, canvas.KindAt(0));
        Assert.Equal(MemoryKind.None, canvas.KindAt(1));
        Assert.Equal(MemoryKind.None, canvas.KindAt(3));
        Assert.Equal(MemoryKind.HeapFree, canvas.KindAt(4));
    }

    [Fact]
    public void OverridesReplaceTheRunsUnderThemInAnyOrder()
    {
        var canvas = new MapCanvas(new MapLayout(0x100000, 0x200000));
        canvas.Override(0x100800, 0x200, MemoryKind.Stack, 3);           // given out of order
        canvas.Override(0x100700, 0x100, MemoryKind.GuardPage, 3);
        canvas.Override(0x101000, 0x80, MemoryKind.Stack, 4);            // half a pixel: loses to free
        canvas.Begin();
        canvas.Add(0x100000, 0x2000, MemoryKind.HeapNative, 0);
        canvas.Add(0x102000, 0x1000, MemoryKind.HeapFree, 0);
        canvas.End();
        Assert.Equal(MemoryKind.HeapNative, canvas.KindAt(6));
        Assert.Equal(MemoryKind.GuardPage, canvas.KindAt(7));
        Assert.Equal(MemoryKind.Stack, canvas.KindAt(8));
        Assert.Equal(3, canvas.OwnerAt(9));
        Assert.Equal(MemoryKind.HeapNative, canvas.KindAt(10));
        Assert.Equal(MemoryKind.HeapNative, canvas.KindAt(16));
        Assert.Equal(MemoryKind.HeapFree, canvas.KindAt(0x20));
        // Overrides last one frame.
        canvas.Begin();
        canvas.Add(0x100000, 0x2000, MemoryKind.HeapNative, 0);
        canvas.End();
        Assert.Equal(MemoryKind.HeapNative, canvas.KindAt(8));
    }

    [Fact]
    public void OnlyPixelsThatChangedAreListedForDrawing()
    {
        var canvas = new MapCanvas(new MapLayout(0x100000, 0x200000));
        canvas.Begin();
        canvas.Add(0x100000, 0x100000, MemoryKind.HeapFree, 0);
        canvas.End();
        Assert.Equal(0x100000 / 256, canvas.ChangedCount);                // the free MiB was unused
        canvas.Begin();
        canvas.Add(0x100000, 0x100000, MemoryKind.HeapFree, 0);
        canvas.End();
        Assert.Equal(0, canvas.ChangedCount);
        canvas.Begin();
        canvas.Add(0x100000, 0x1000, MemoryKind.HeapFree, 0);
        canvas.Add(0x101000, 0x300, MemoryKind.HeapTask, 2);              // pixels 16-18
        canvas.Add(0x101300, 0xFED00, MemoryKind.HeapFree, 0);
        canvas.End();
        Assert.Equal(new[] { 16, 17, 18 }, Changed(canvas));
        canvas.Begin();
        canvas.Add(0x100000, 0x1000, MemoryKind.HeapFree, 0);
        canvas.Add(0x101000, 0x300, MemoryKind.HeapTask, 3);              // same pixels, another owner
        canvas.Add(0x101300, 0xFED00, MemoryKind.HeapFree, 0);
        canvas.End();
        Assert.Equal(new[] { 16, 17, 18 }, Changed(canvas));
        Assert.Equal(3, canvas.OwnerAt(17));
        // One long run over all of them: found inside a span of whole pixels.
        canvas.Begin();
        canvas.Add(0x100000, 0x100000, MemoryKind.HeapFree, 0);
        canvas.End();
        Assert.Equal(new[] { 16, 17, 18 }, Changed(canvas));
        Assert.Equal(MemoryKind.HeapFree, canvas.KindAt(17));
    }

    [Fact]
    public void CanvasClipsRegionsOutsideTheMap()
    {
        var canvas = new MapCanvas(new MapLayout(0x100000, 0x200000));
        canvas.Begin();
        canvas.Add(0, 0x100100, MemoryKind.KernelCode, 0);    // ends one pixel into the map
        canvas.Add(0xFFFF_0000, 0x1000, MemoryKind.HeapFree, 0);
        canvas.End();
        Assert.Equal(MemoryKind.KernelCode, canvas.KindAt(0));
        Assert.Equal(MemoryKind.None, canvas.KindAt(1));
        Assert.Equal(MemoryKind.None, canvas.KindAt(canvas.Layout.PixelCount - 1));
    }

    private static int[] Changed(MapCanvas canvas)
    {
        var steps = new int[canvas.ChangedCount];
        for (int i = 0; i < steps.Length; i++)
            steps[i] = canvas.ChangedStep(i);
        return steps;
    }

    [Fact]
    public void KindsHaveDistinctColoursAndTaskHeapsDifferByOwner()
    {
        Assert.Equal(MapPalette.Blue, MapPalette.ColorOf(MemoryKind.KernelCode, 0));
        Assert.Equal(MapPalette.Green, MapPalette.ColorOf(MemoryKind.HeapFree, 0));
        Assert.Equal(MapPalette.Red, MapPalette.ColorOf(MemoryKind.HeapKernel, 0));
        Assert.NotEqual(MapPalette.ColorOf(MemoryKind.HeapTask, 1), MapPalette.ColorOf(MemoryKind.HeapTask, 2));
        var kinds = new[] { MemoryKind.KernelCode, MemoryKind.KernelReadOnlyData, MemoryKind.KernelData, MemoryKind.BootData, MemoryKind.HeapMetadata, MemoryKind.HeapFree,
                            MemoryKind.HeapKernel, MemoryKind.HeapNative, MemoryKind.Stack, MemoryKind.GuardPage, MemoryKind.ProgramImage };
        for (int i = 0; i < kinds.Length; i++)
        {
            for (int j = i + 1; j < kinds.Length; j++)
                Assert.NotEqual(MapPalette.ColorOf(kinds[i], 0), MapPalette.ColorOf(kinds[j], 0));
        }
        // A program's image has one colour whoever owns it, none of the task heaps' colours.
        Assert.Equal(MapPalette.ColorOf(MemoryKind.ProgramImage, 3), MapPalette.ColorOf(MemoryKind.ProgramImage, 4));
        for (int owner = 0; owner < 8; owner++)
            Assert.NotEqual(MapPalette.ColorOf(MemoryKind.HeapTask, owner), MapPalette.ColorOf(MemoryKind.ProgramImage, owner));
    }

    // A program's image is an override over the kernel-heap block it sits in; the pixels
    // it covers name it, those around it keep the heap's kind.
    [Fact]
    public void ProgramImagesAreTheirOwnKindAndTheTooltipNamesTheProgram()
    {
        var canvas = new MapCanvas(new MapLayout(0x100000, 0x200000));   // 256 bytes a pixel
        canvas.Override(0x101000, 0x1000, MemoryKind.ProgramImage, 7);
        canvas.Begin();
        canvas.Add(0x100000, 0x4000, MemoryKind.HeapNative, 0);
        canvas.End();
        MapLayout layout = canvas.Layout;
        Assert.Equal(MemoryKind.HeapNative, canvas.KindAt(layout.StepOf(0x100F00)));
        Assert.Equal(MemoryKind.ProgramImage, canvas.KindAt(layout.StepOf(0x101000)));
        Assert.Equal(MemoryKind.ProgramImage, canvas.KindAt(layout.StepOf(0x101F00)));
        Assert.Equal(7, canvas.OwnerAt(layout.StepOf(0x101800)));
        Assert.Equal(MemoryKind.HeapNative, canvas.KindAt(layout.StepOf(0x102000)));

        int step = layout.StepOf(0x101800);
        Assert.Equal("program image hello (id 7)", MapTooltip.OwnerLine(canvas.KindAt(step), canvas.OwnerAt(step), "prog:hello"));
        Assert.Equal("program image (ended) (id 9)", MapTooltip.OwnerLine(MemoryKind.ProgramImage, 9, null));
        Assert.Equal("program image", MapPalette.NameOf(MemoryKind.ProgramImage));
    }

    [Fact]
    public void TooltipNamesTheRangeAndTheOwner()
    {
        Assert.Equal("0x00100000-0x00101000", MapTooltip.RangeLine(0x100000, 0x101000));
        Assert.Equal("stack: console #2", MapTooltip.OwnerLine(MemoryKind.Stack, 2, "console"));
        Assert.Equal("heap block: bas:hello #7", MapTooltip.OwnerLine(MemoryKind.HeapTask, 7, "bas:hello"));
        Assert.Equal("heap block: task #9", MapTooltip.OwnerLine(MemoryKind.HeapTask, 9, null));
        Assert.Equal("(free)", MapTooltip.OwnerLine(MemoryKind.HeapFree, 0, null));
        Assert.Equal("kernel code", MapTooltip.OwnerLine(MemoryKind.KernelCode, 0, null));
        Assert.Equal("kernel read-only data", MapTooltip.OwnerLine(MemoryKind.KernelReadOnlyData, 0, null));
        Assert.Equal("kernel static data", MapTooltip.OwnerLine(MemoryKind.KernelData, 0, null));
    }

    [Fact]
    public void StatusLineFitsFortyColumns()
    {
        string line = MapStatusLine.Format(3_723_000, 5_453_000, 130_023_424, 6, 4096);
        Assert.Equal("up 1:02:03 heap 5.2M/124M 6 tasks 4K/px".PadRight(40), line);
        Assert.Equal(40, MapStatusLine.Format(999_999_999_999, ulong.MaxValue / 2, ulong.MaxValue / 2, 1000, 1 << 20).Length);
    }
}
