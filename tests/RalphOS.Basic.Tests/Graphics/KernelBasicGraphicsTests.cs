// The kernel's BASIC graphics adapter (RalphOS.Kernel/BasicShell/KernelBasicGraphics.cs,
// compiled into this project) against a fake IScreen: no screen means no graphics, the
// screen is acquired and released for the session's task, another task's hold is
// respected, and CONT after the map was shown draws the picture again.
using RalphOS.Basic.Tests.Support;
using RalphOS.Kernel.BasicShell;
using Xunit;

namespace RalphOS.Basic.Tests.Graphics;

public class KernelBasicGraphicsTests
{
    private sealed class FakeScreen : IScreen
    {
        public readonly byte[] Pixels = new byte[320 * 200];
        public int Holder = -1;
        public int Releases;
        public int Width => 320;
        public int Height => 200;

        public bool TryAcquireGraphics(int taskId)
        {
            if (Holder >= 0 && Holder != taskId) return false;
            Holder = taskId;
            return true;
        }

        public void Release(int taskId)
        {
            if (Holder != taskId) return;
            Holder = -1;
            Releases++;
        }

        public void SetPixel(int x, int y, byte colour) => Pixels[y * 320 + x] = colour;
        public byte GetPixel(int x, int y) => Pixels[y * 320 + x];
    }

    [Fact]
    public void WithoutAScreenGraphicsStatementsSayScreenUnavailable()
    {
        var g = new KernelBasicGraphics(null, 3);
        Assert.False(g.HasScreen);
        Assert.False(g.EnterGraphics());
        Assert.Equal("Screen unavailable in 10\n", new Session(graphics: g).Run("10 PSET (1, 1)\n"));
    }

    [Fact]
    public void AProgramTakesTheScreenForItsTaskAndGivesItBack()
    {
        var screen = new FakeScreen();
        var g = new KernelBasicGraphics(screen, 3);
        var session = new Session(graphics: g);
        session.Run("10 SCREEN 13\n20 PSET (5, 6), 40\n30 IF POINT(5, 6) <> 40 THEN ERROR 5\n");
        Assert.Equal("", session.Console.Output);
        Assert.Equal(40, screen.Pixels[6 * 320 + 5]);
        Assert.Equal(-1, screen.Holder);
        Assert.Equal(1, screen.Releases);
    }

    [Fact]
    public void AnotherTasksScreenIsUnavailable()
    {
        var screen = new FakeScreen { Holder = 9 };
        var session = new Session(graphics: new KernelBasicGraphics(screen, 3));
        Assert.Equal("Screen unavailable in 10\n", session.Run("10 SCREEN 13\n"));
        Assert.Equal(9, screen.Holder);
    }

    [Fact]
    public void ContDrawsThePictureAgainAfterTheMap()
    {
        var screen = new FakeScreen();
        var session = new Session(graphics: new KernelBasicGraphics(screen, 3));
        session.Run("10 SCREEN 13\n20 PSET (7, 7), 99\n30 STOP\n40 PSET (8, 8), 98\n");
        System.Array.Fill(screen.Pixels, (byte)200);        // the memory map in between
        session.Type("CONT");
        Assert.Equal(99, screen.Pixels[7 * 320 + 7]);
        Assert.Equal(98, screen.Pixels[8 * 320 + 8]);
        Assert.Equal(0, screen.Pixels[0]);
        Assert.Equal(-1, screen.Holder);
    }
}
