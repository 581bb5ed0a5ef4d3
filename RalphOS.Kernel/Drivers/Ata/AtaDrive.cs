// AtaDrive: one ATA hard disk on a legacy IDE channel, driven by PIO: Probe selects the
// drive and runs IDENTIFY (model, size, LBA48), ReadSectors and WriteSectors move 512-byte
// sectors with LBA28 or, past 2^28 sectors, LBA48, and a write ends with FLUSH CACHE so
// "written" means on the medium. Where the channel's interrupt is wired (EnableInterrupts)
// the driver sleeps until the drive interrupts at the end of each step instead of polling,
// and falls back to polling should the interrupts not come (AtaDrive.Waits.cs). Every wait
// is bounded in time (the clock from IAtaPorts) and in polls (should the clock stand
// still), so a dead or absent drive is an AtaResult, never a hang.
// Callers: the kernel's disk service (Storage/DiskService.cs); host tests with a fake.
// Protocol: ATA/ATAPI-6, "PIO data-in/data-out command protocol"; OSDev wiki "ATA PIO Mode".
using System;

namespace RalphOS.Kernel.Drivers.Ata;

public sealed partial class AtaDrive
{
    public const int SectorSize = 512;
    private const int MaxSectorsPerCommand = 128;
    private const ulong Lba28Limit = 1UL << 28;

    private readonly IAtaPorts _ports;
    private readonly ushort _base;
    private readonly ushort _control;
    private readonly bool _slave;

    public AtaIdentity Identity { get; private set; }
    public string Model => Identity.Model;
    public ulong SectorCount => Identity.SectorCount;
    public string Position => $"{(_base == AtaRegisters.PrimaryBase ? "primary" : "secondary")} {(_slave ? "slave" : "master")}";
    public long SectorsRead { get; private set; }
    public long SectorsWritten { get; private set; }
    public long Errors { get; private set; }
    /// <summary>The error register after the last failed command.</summary>
    public byte LastErrorRegister { get; private set; }

    private AtaDrive(IAtaPorts ports, ushort basePort, ushort controlPort, bool slave)
    {
        _ports = ports;
        _base = basePort;
        _control = controlPort;
        _slave = slave;
    }

    /// <summary>Looks for an ATA disk at one position: NoDevice when nothing answers,
    /// NotAtaDevice for a CD-ROM (ATAPI) or anything that refuses IDENTIFY.</summary>
    public static AtaResult Probe(IAtaPorts ports, ushort basePort, ushort controlPort, bool slave, out AtaDrive drive)
    {
        drive = null;
        var candidate = new AtaDrive(ports, basePort, controlPort, slave);
        ports.Out8(controlPort, AtaRegisters.InterruptsOff);
        candidate.Select(0);
        if (candidate.Status() == AtaRegisters.FloatingBus) return AtaResult.NoDevice;
        candidate.Out(AtaRegisters.SectorCount, 0);
        candidate.Out(AtaRegisters.LbaLow, 0);
        candidate.Out(AtaRegisters.LbaMid, 0);
        candidate.Out(AtaRegisters.LbaHigh, 0);
        candidate.Out(AtaRegisters.Command, AtaRegisters.CommandIdentify);
        if (candidate.Status() == 0) return AtaResult.NoDevice;
        AtaResult result = candidate.WaitNotBusy(out byte status);
        if (result != AtaResult.Ok) return result;
        // ATAPI and SATA devices put their signature in the LBA mid/high registers.
        if (candidate.In(AtaRegisters.LbaMid) != 0 || candidate.In(AtaRegisters.LbaHigh) != 0) return AtaResult.NotAtaDevice;
        if ((status & (AtaRegisters.ErrorBit | AtaRegisters.DeviceFault)) != 0 || (status & AtaRegisters.DataRequest) == 0)
            return AtaResult.NotAtaDevice;
        var data = new byte[AtaIdentity.Length];
        ports.InWords((ushort)(basePort + AtaRegisters.Data), data);
        candidate.Identity = AtaIdentity.Parse(data);
        if (candidate.Identity.SectorCount == 0) return AtaResult.NotAtaDevice;
        drive = candidate;
        return AtaResult.Ok;
    }

    public AtaResult ReadSectors(ulong lba, int count, Span<byte> buffer)
    {
        if (count < 0 || buffer.Length < count * SectorSize || lba + (ulong)count > SectorCount) return AtaResult.OutOfRange;
        for (int done = 0; done < count;)
        {
            int chunk = Math.Min(count - done, MaxSectorsPerCommand);
            // The drive interrupts when each sector's data is ready.
            AtaResult result = Issue(lba + (ulong)done, chunk, AtaRegisters.CommandReadSectors, AtaRegisters.CommandReadSectorsExt);
            for (int i = 0; i < chunk && result == AtaResult.Ok; i++)
            {
                result = WaitData(afterInterrupt: true);
                if (result != AtaResult.Ok) break;
                ArmInterrupt();
                _ports.InWords((ushort)(_base + AtaRegisters.Data), buffer.Slice((done + i) * SectorSize, SectorSize));
            }
            if (result != AtaResult.Ok) return Failed(result);
            SectorsRead += chunk;
            done += chunk;
        }
        return AtaResult.Ok;
    }

    /// <summary>Writes sectors and flushes the drive's cache: Ok means they are stored.</summary>
    public AtaResult WriteSectors(ulong lba, int count, ReadOnlySpan<byte> buffer)
    {
        if (count < 0 || buffer.Length < count * SectorSize || lba + (ulong)count > SectorCount) return AtaResult.OutOfRange;
        for (int done = 0; done < count;)
        {
            int chunk = Math.Min(count - done, MaxSectorsPerCommand);
            ulong start = lba + (ulong)done;
            // The drive asks for the first sector without an interrupt, then interrupts
            // after each sector it took (asking for the next, or done after the last).
            AtaResult result = Issue(start, chunk, AtaRegisters.CommandWriteSectors, AtaRegisters.CommandWriteSectorsExt);
            for (int i = 0; i < chunk && result == AtaResult.Ok; i++)
            {
                result = WaitData(afterInterrupt: i > 0);
                if (result != AtaResult.Ok) break;
                ArmInterrupt();
                _ports.OutWords((ushort)(_base + AtaRegisters.Data), buffer.Slice((done + i) * SectorSize, SectorSize));
            }
            if (result == AtaResult.Ok) result = WaitDone();
            if (result == AtaResult.Ok)
            {
                ArmInterrupt();
                Out(AtaRegisters.Command, start + (ulong)chunk > Lba28Limit ? AtaRegisters.CommandFlushCacheExt : AtaRegisters.CommandFlushCache);
                result = WaitDone();
            }
            if (result != AtaResult.Ok) return Failed(result);
            SectorsWritten += chunk;
            done += chunk;
        }
        return AtaResult.Ok;
    }

    public static string Describe(AtaResult result) => result switch
    {
        AtaResult.Ok => "ok",
        AtaResult.NoDevice => "no disk",
        AtaResult.NotAtaDevice => "not an ATA disk",
        AtaResult.Timeout => "the disk did not answer (timeout)",
        AtaResult.DeviceError => "the disk reported an error",
        _ => "sector out of range",
    };

    // Selects the drive and programs the address and count (LBA28 when it fits, else LBA48).
    private AtaResult Issue(ulong lba, int count, byte command28, byte command48)
    {
        AtaResult result = WaitNotBusy(out _);
        if (result != AtaResult.Ok) return result;
        ulong end = lba + (ulong)count;
        if (end <= Lba28Limit)
        {
            Select((byte)(AtaRegisters.LbaMode | (byte)((lba >> 24) & 0x0F)));
            Out(AtaRegisters.SectorCount, (byte)count); // 256 would be 0; chunks are at most 128
            Out(AtaRegisters.LbaLow, (byte)lba);
            Out(AtaRegisters.LbaMid, (byte)(lba >> 8));
            Out(AtaRegisters.LbaHigh, (byte)(lba >> 16));
            ArmInterrupt();
            Out(AtaRegisters.Command, command28);
            return AtaResult.Ok;
        }
        if (!Identity.SupportsLba48) return AtaResult.OutOfRange;
        Select(AtaRegisters.LbaMode);
        // LBA48: each register takes its high byte first, then its low byte.
        Out(AtaRegisters.SectorCount, (byte)(count >> 8));
        Out(AtaRegisters.LbaLow, (byte)(lba >> 24));
        Out(AtaRegisters.LbaMid, (byte)(lba >> 32));
        Out(AtaRegisters.LbaHigh, (byte)(lba >> 40));
        Out(AtaRegisters.SectorCount, (byte)count);
        Out(AtaRegisters.LbaLow, (byte)lba);
        Out(AtaRegisters.LbaMid, (byte)(lba >> 8));
        Out(AtaRegisters.LbaHigh, (byte)(lba >> 16));
        ArmInterrupt();
        Out(AtaRegisters.Command, command48);
        return AtaResult.Ok;
    }

    private void Select(byte lbaBits)
    {
        Out(AtaRegisters.DriveSelect, (byte)(AtaRegisters.DriveSelectBase | (_slave ? AtaRegisters.SlaveBit : 0) | lbaBits));
        // 400 ns for the drive to answer: four reads of the alternate status register.
        for (int i = 0; i < 4; i++) _ports.In8(_control);
    }

    private AtaResult Failed(AtaResult result)
    {
        Errors++;
        LastErrorRegister = In(AtaRegisters.Error);
        return result;
    }

    private byte Status() => In(AtaRegisters.Status);
    private byte In(int register) => _ports.In8((ushort)(_base + register));
    private void Out(int register, byte value) => _ports.Out8((ushort)(_base + register), value);
}
