// The ATA driver against a fake IDE channel: IDENTIFY (model, size, LBA48), sector reads
// and writes in LBA28 and LBA48 with a cache flush after every write, device errors, a
// drive that never becomes ready (a timeout, not a hang), no drive and an ATAPI device;
// and a FAT volume mounted, written and read through the driver.
using System.Text;
using RalphOS.Kernel.Drivers.Ata;
using RalphOS.Kernel.FileSystem.Fat;
using RalphOS.Kernel.Storage;
using RalphOS.Storage.Tests.Support;
using Xunit;

namespace RalphOS.Storage.Tests;

public class AtaDriverTests
{
    private static AtaDrive Probe(FakeAtaChannel channel, bool slave = false)
    {
        Assert.Equal(AtaResult.Ok, AtaDrive.Probe(channel, AtaRegisters.PrimaryBase, AtaRegisters.PrimaryControl, slave, out AtaDrive drive));
        return drive;
    }

    [Fact]
    public void IdentifyGivesModelAndSize()
    {
        var channel = new FakeAtaChannel { Model = "QEMU HARDDISK", Size = 65536, Lba48 = false };
        AtaDrive drive = Probe(channel);
        Assert.Equal("QEMU HARDDISK", drive.Model);
        Assert.Equal(65536UL, drive.SectorCount);
        Assert.False(drive.Identity.SupportsLba48);
        Assert.Equal("primary master", drive.Position);
    }

    [Fact]
    public void ReadsAndWritesSectorsAndFlushesAfterEachWrite()
    {
        var channel = new FakeAtaChannel { DriveIsSlave = true };
        AtaDrive drive = Probe(channel, slave: true);
        var data = new byte[300 * 512];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)(i * 7 + i / 512);
        Assert.Equal(AtaResult.Ok, drive.WriteSectors(1000, 300, data));
        Assert.True(channel.Flushes >= 3, "every write command is followed by FLUSH CACHE");
        Assert.Contains("write28 1000 128", channel.Commands);
        var back = new byte[300 * 512];
        Assert.Equal(AtaResult.Ok, drive.ReadSectors(1000, 300, back));
        Assert.Equal(data, back);
        Assert.Equal(300, drive.SectorsRead);
        Assert.Equal(300, drive.SectorsWritten);
    }

    [Fact]
    public void SectorsPastLba28UseLba48()
    {
        var channel = new FakeAtaChannel { Size = (1UL << 28) + 100 };
        AtaDrive drive = Probe(channel);
        Assert.Equal((1UL << 28) + 100, drive.SectorCount);
        ulong lba = (1UL << 28) + 5;
        var sector = new byte[512];
        sector[0] = 0xAB; sector[511] = 0xCD;
        Assert.Equal(AtaResult.Ok, drive.WriteSectors(lba, 1, sector));
        Assert.Contains($"write48 {lba} 1", channel.Commands);
        Assert.Equal(0xAB, channel.Sector(lba)[0]);
        var back = new byte[512];
        Assert.Equal(AtaResult.Ok, drive.ReadSectors(lba, 1, back));
        Assert.Equal(sector, back);
        Assert.Equal(AtaResult.OutOfRange, drive.ReadSectors(drive.SectorCount, 1, back));
    }

    [Fact]
    public void DeviceErrorsAreReportedAndCounted()
    {
        var channel = new FakeAtaChannel { BadSector = 42 };
        AtaDrive drive = Probe(channel);
        var buffer = new byte[4 * 512];
        Assert.Equal(AtaResult.DeviceError, drive.ReadSectors(40, 4, buffer));
        Assert.Equal(1, drive.Errors);
        Assert.Equal(0x40, drive.LastErrorRegister);
        Assert.Equal(AtaResult.Ok, drive.ReadSectors(43, 1, buffer));
    }

    [Fact]
    public void ADriveThatNeverBecomesReadyTimesOut()
    {
        var channel = new FakeAtaChannel { Mode = FakeAtaChannel.Behaviour.NeverReady };
        Assert.Equal(AtaResult.Timeout, AtaDrive.Probe(channel, AtaRegisters.PrimaryBase, AtaRegisters.PrimaryControl, false, out AtaDrive drive));
        Assert.Null(drive);
        Assert.Equal("the disk did not answer (timeout)", AtaDrive.Describe(AtaResult.Timeout));
    }

    [Fact]
    public void NoDriveAndTheWrongPositionSayNoDisk()
    {
        var absent = new FakeAtaChannel { Mode = FakeAtaChannel.Behaviour.Absent };
        Assert.Equal(AtaResult.NoDevice, AtaDrive.Probe(absent, AtaRegisters.PrimaryBase, AtaRegisters.PrimaryControl, false, out _));
        var masterOnly = new FakeAtaChannel();
        Assert.Equal(AtaResult.NoDevice, AtaDrive.Probe(masterOnly, AtaRegisters.PrimaryBase, AtaRegisters.PrimaryControl, true, out _));
        Assert.Equal("no disk", AtaDrive.Describe(AtaResult.NoDevice));
        var cdrom = new FakeAtaChannel { Mode = FakeAtaChannel.Behaviour.Atapi };
        Assert.Equal(AtaResult.NotAtaDevice, AtaDrive.Probe(cdrom, AtaRegisters.PrimaryBase, AtaRegisters.PrimaryControl, false, out _));
    }

    [Fact]
    public void FatVolumeWorksThroughTheDriver()
    {
        using var image = new TestImage(FatType.Fat16, "ATADISK");
        image.CopyIn("HELLO.BAS", Encoding.ASCII.GetBytes("10 PRINT \"HELLO\"\n"));
        var channel = new FakeAtaChannel { Size = (ulong)new System.IO.FileInfo(image.Path).Length / 512 };
        channel.Load(System.IO.File.ReadAllBytes(image.Path));
        AtaDrive drive = Probe(channel);
        Assert.Equal(FatError.None, FatVolume.Mount(new AtaBlockDevice(drive), null, out FatVolume volume));
        Assert.Equal("ATADISK", volume.Label);
        Assert.Equal(FatError.None, volume.ReadAllBytes("hello.bas", out byte[] hello));
        Assert.Equal("10 PRINT \"HELLO\"\n", Encoding.ASCII.GetString(hello));
        Assert.Equal(FatError.None, volume.WriteAllBytes("saved.bas", Encoding.ASCII.GetBytes("20 END\n")));
        Assert.Equal(FatError.None, FatVolume.Mount(new AtaBlockDevice(drive), null, out FatVolume again));
        Assert.Equal(FatError.None, again.ReadAllBytes("SAVED.BAS", out byte[] saved));
        Assert.Equal("20 END\n", Encoding.ASCII.GetString(saved));
    }
}
