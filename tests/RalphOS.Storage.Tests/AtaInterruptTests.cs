// The ATA driver with the channel's interrupt (IRQ 14/15) against the fake IDE channel:
// with the line wired it sleeps until the drive interrupts instead of polling BSY (a slow
// drive costs a handful of Status reads per sector, not thousands), the data is the same;
// without a wired line it polls; interrupts that never come make it fall back to polling
// after a bounded number of waits; a drive stuck busy still times out, in bounded waits.
using RalphOS.Kernel.Drivers.Ata;
using RalphOS.Storage.Tests.Support;
using Xunit;

namespace RalphOS.Storage.Tests;

public class AtaInterruptTests
{
    private const int Sectors = 300;
    private const int SlowDrive = 1000;   // Status reads a step lasts when polled

    private static AtaDrive Probe(FakeAtaChannel channel)
    {
        Assert.Equal(AtaResult.Ok, AtaDrive.Probe(channel, AtaRegisters.PrimaryBase, AtaRegisters.PrimaryControl, false, out AtaDrive drive));
        return drive;
    }

    private static byte[] Pattern()
    {
        var data = new byte[Sectors * AtaDrive.SectorSize];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)(i * 31 + i / 512);
        return data;
    }

    // Writes and reads back 300 sectors (three commands each way, flushes included).
    private static void WriteAndReadBack(AtaDrive drive)
    {
        byte[] data = Pattern();
        Assert.Equal(AtaResult.Ok, drive.WriteSectors(2000, Sectors, data));
        var back = new byte[data.Length];
        Assert.Equal(AtaResult.Ok, drive.ReadSectors(2000, Sectors, back));
        Assert.Equal(data, back);
    }

    [Fact]
    public void WithTheInterruptWiredTheDriverSleepsInsteadOfPolling()
    {
        var channel = new FakeAtaChannel { InterruptWired = true };
        AtaDrive drive = Probe(channel);
        Assert.True(drive.EnableInterrupts());
        Assert.True(drive.UsesInterrupts);
        channel.BusyReads = SlowDrive;
        WriteAndReadBack(drive);
        Assert.True(drive.UsesInterrupts);
        Assert.Equal(0, drive.InterruptsMissed);
        // Each written sector, each flush and each read sector but the first of a command ends with an interrupt.
        Assert.True(drive.InterruptsTaken >= 2 * Sectors, $"{drive.InterruptsTaken} interrupts taken");
        Assert.Equal(channel.InterruptsRaised, drive.InterruptsTaken);
        Assert.True(channel.StatusReads < 4 * 2 * Sectors, $"{channel.StatusReads} status reads for {2 * Sectors} sectors");
    }

    [Fact]
    public void WithoutAnInterruptLineTheDriverPolls()
    {
        var channel = new FakeAtaChannel();
        AtaDrive drive = Probe(channel);
        Assert.False(drive.EnableInterrupts());
        channel.BusyReads = SlowDrive;
        WriteAndReadBack(drive);
        Assert.False(drive.UsesInterrupts);
        Assert.Equal(0, channel.Waits);
        Assert.Equal(0, channel.InterruptsRaised);
        Assert.True(channel.StatusReads >= (long)SlowDrive * Sectors, $"{channel.StatusReads} status reads");
    }

    [Fact]
    public void InterruptsThatNeverComeMakeTheDriverFallBackToPolling()
    {
        var channel = new FakeAtaChannel { InterruptWired = true, InterruptsLost = true };
        AtaDrive drive = Probe(channel);
        Assert.True(drive.EnableInterrupts());
        channel.BusyReads = 50;
        WriteAndReadBack(drive);
        Assert.False(drive.UsesInterrupts);
        Assert.Equal(3, drive.InterruptsMissed);
        Assert.Equal(0, drive.InterruptsTaken);
        Assert.Equal(3, channel.Waits);
    }

    [Fact]
    public void ADriveStuckBusyTimesOutInBoundedWaits()
    {
        var channel = new FakeAtaChannel { InterruptWired = true };
        AtaDrive drive = Probe(channel);
        drive.EnableInterrupts();
        channel.StuckBusy = true;
        var buffer = new byte[AtaDrive.SectorSize];
        Assert.Equal(AtaResult.Timeout, drive.ReadSectors(10, 1, buffer));
        Assert.InRange(channel.Waits, 1, 60);
        Assert.Equal(1, drive.Errors);
    }

    [Fact]
    public void ADeviceErrorStillEndsTheWaitWithTheError()
    {
        var channel = new FakeAtaChannel { InterruptWired = true, BadSector = 12 };
        AtaDrive drive = Probe(channel);
        drive.EnableInterrupts();
        channel.BusyReads = 20;
        var buffer = new byte[4 * AtaDrive.SectorSize];
        Assert.Equal(AtaResult.DeviceError, drive.ReadSectors(10, 4, buffer));
        Assert.Equal(0x40, drive.LastErrorRegister);
        Assert.Equal(AtaResult.Ok, drive.ReadSectors(13, 1, buffer));
        Assert.True(drive.UsesInterrupts);
    }
}
