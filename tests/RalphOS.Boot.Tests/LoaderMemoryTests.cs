// LoaderMemoryTests: boots the bootcheck kernel in QEMU with different RAM sizes and checks
// what the loader reported and mapped (BootInfo, E820, page tables, entry state, CRCs).
using RalphOS.Boot.Tests.Fixtures;
using Xunit;

namespace RalphOS.Boot.Tests;

public sealed class LoaderMemoryTests
{
    private const ulong MiB = 1024 * 1024;
    private const ulong GiB = 1024 * MiB;
    private const ulong UsableSlack = 2 * MiB;

    [Fact]
    public void Boots64MiBWithTheContractEntryState()
    {
        string image = TestImages.Write(TestKernel.Bootcheck, "m64", cmdline: "test=panic");
        BootcheckRun run = BootcheckRun.Boot(image, 64, nameof(Boots64MiBWithTheContractEntryState));

        Assert.True(run.Has("bootinfo ok"), run.Serial);
        Assert.True(run.Has("entry rsp ok"), run.Serial);
        Assert.True(run.Has("selectors ok"), run.Serial);
        Assert.True(run.Has("interrupts off"), run.Serial);
        Assert.True(run.Has("sse ok"), run.Serial);
        Assert.True(run.Has("null page not present"), run.Serial);
        Assert.True(run.Has("null fault ok cr2 0x0000000000000000"), run.Serial);
        Assert.True(run.Has("mapping ok"), run.Serial);
        Assert.True(run.Has("kernel crc ok"), run.Serial);
        Assert.True(run.Has("symbols crc ok"), run.Serial);
        Assert.True(run.Has("symbols count 0x0000000000000001 first _start"), run.Serial);
        Assert.True(run.Has("cmdline \"test=panic\""), run.Serial);
        Assert.Equal(0x80ul, run.Value("boot drive"));
        Assert.Equal(0x03ul, run.Value("video mode"));
        Assert.InRange(run.Value("a20 method"), 1ul, 4ul);
        Assert.Equal(4 * GiB, run.Value("mapped bytes"));
        Assert.Equal(0x103000ul, run.Value("free memory"));   // symbols page after kernel + .bss
        Assert.InRange(run.Value("usable bytes"), 64 * MiB - UsableSlack, 64 * MiB);
        Assert.True(run.Value("e820 count") >= 3, run.Serial);
        Assert.DoesNotContain("BAD", run.Serial);
    }

    [Fact]
    public void Boots1GiBAndReportsItsRam()
    {
        string image = TestImages.Write(TestKernel.Bootcheck, "g1");
        BootcheckRun run = BootcheckRun.Boot(image, 1024, nameof(Boots1GiBAndReportsItsRam));

        Assert.InRange(run.Value("usable bytes"), GiB - UsableSlack, GiB);
        Assert.Equal(4 * GiB, run.Value("mapped bytes"));
        Assert.True(run.Has("high ram ok 0x" + (run.Value("usable end") - 8).ToString("X16")), run.Serial);
        Assert.DoesNotContain("BAD", run.Serial);
    }

    [Fact]
    public void Maps6GiBIncludingRamAbove4GiB()
    {
        string image = TestImages.Write(TestKernel.Bootcheck, "g6");
        BootcheckRun run = BootcheckRun.Boot(image, 6 * 1024, nameof(Maps6GiBIncludingRamAbove4GiB));

        ulong usableEnd = run.Value("usable end");
        Assert.True(usableEnd > 4 * GiB, run.Serial);
        Assert.InRange(run.Value("usable bytes"), 6 * GiB - UsableSlack, 6 * GiB);
        ulong mapped = run.Value("mapped bytes");
        Assert.True(mapped >= usableEnd, run.Serial);
        Assert.Equal(0ul, mapped % GiB);
        Assert.True(mapped - usableEnd < GiB, run.Serial);           // rounded up, not more
        Assert.True(run.Has("mapping ok"), run.Serial);
        Assert.True(run.Has("high ram ok 0x" + (usableEnd - 8).ToString("X16")), run.Serial);
        Assert.DoesNotContain("BAD", run.Serial);
    }
}
