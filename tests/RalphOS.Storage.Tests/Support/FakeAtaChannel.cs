// FakeAtaChannel: one legacy IDE channel with a simulated drive behind IAtaPorts: the
// task-file registers (LBA48's two-deep FIFO too), IDENTIFY, READ/WRITE SECTORS (EXT),
// FLUSH CACHE, and the failure modes the driver must survive: no drive (floating bus), a
// drive that stays busy forever, an ATAPI device, a bad sector. Sectors live in a
// dictionary, so a drive may be far larger than the host's memory.
using System;
using System.Collections.Generic;
using System.Text;
using RalphOS.Kernel.Drivers.Ata;

namespace RalphOS.Storage.Tests.Support;

public sealed class FakeAtaChannel : IAtaPorts
{
    public enum Behaviour { Disk, Absent, NeverReady, Atapi }

    private const ushort Base = AtaRegisters.PrimaryBase, Control = AtaRegisters.PrimaryControl;
    private readonly Dictionary<ulong, byte[]> _sectors = new Dictionary<ulong, byte[]>();
    private readonly byte[] _previous = new byte[8], _current = new byte[8];
    private byte _status = AtaRegisters.Ready;
    private byte _error;
    private byte[] _buffer;            // the sector data being transferred
    private ulong _lba;
    private int _remaining;
    private bool _writing;
    private long _clock;

    public Behaviour Mode { get; set; } = Behaviour.Disk;
    public bool DriveIsSlave { get; set; }
    public ulong Size { get; set; } = 1 << 20;
    public bool Lba48 { get; set; } = true;
    public string Model { get; set; } = "RALPH FAKE DISK";
    public ulong? BadSector { get; set; }
    public int Flushes { get; private set; }
    public List<string> Commands { get; } = new List<string>();

    public void Load(byte[] image)
    {
        for (int i = 0; i < image.Length / 512; i++) _sectors[(ulong)i] = image.AsSpan(i * 512, 512).ToArray();
    }

    public byte[] Sector(ulong lba) => _sectors.TryGetValue(lba, out byte[] data) ? data : new byte[512];

    public long Milliseconds => _clock++;

    private bool Selected => ((_current[AtaRegisters.DriveSelect] & AtaRegisters.SlaveBit) != 0) == DriveIsSlave;

    public byte In8(ushort port)
    {
        if (Mode == Behaviour.Absent) return AtaRegisters.FloatingBus;
        if (!Selected && (port == Base + AtaRegisters.Status || port == Control)) return 0;
        if (Mode == Behaviour.NeverReady && (port == Base + AtaRegisters.Status || port == Control)) return AtaRegisters.Busy;
        if (port == Base + AtaRegisters.Status || port == Control) return _status;
        if (port == Base + AtaRegisters.Error) return _error;
        if (Mode == Behaviour.Atapi && port == Base + AtaRegisters.LbaMid) return 0x14;
        if (Mode == Behaviour.Atapi && port == Base + AtaRegisters.LbaHigh) return 0xEB;
        int register = port - Base;
        return register > 0 && register < 7 ? _current[register] : (byte)0;
    }

    public void Out8(ushort port, byte value)
    {
        if (port == Control || Mode == Behaviour.Absent) return;
        int register = port - Base;
        if (register == AtaRegisters.Command) { Execute(value); return; }
        if (register <= 0 || register > 6) return;
        _previous[register] = _current[register];
        _current[register] = value;
    }

    private void Execute(byte command)
    {
        if (!Selected || Mode != Behaviour.Disk) { if (Mode == Behaviour.Atapi) { _status = AtaRegisters.ErrorBit | AtaRegisters.Ready; } return; }
        _error = 0;
        switch (command)
        {
            case AtaRegisters.CommandIdentify:
                Commands.Add("identify");
                _buffer = Identify();
                _remaining = 1;
                _writing = false;
                _status = AtaRegisters.Ready | AtaRegisters.DataRequest;
                _lba = ulong.MaxValue;
                break;
            case AtaRegisters.CommandReadSectors:
            case AtaRegisters.CommandWriteSectors:
                Start(command == AtaRegisters.CommandWriteSectors, Address28(), _current[AtaRegisters.SectorCount] == 0 ? 256 : _current[AtaRegisters.SectorCount], "28");
                break;
            case AtaRegisters.CommandReadSectorsExt:
            case AtaRegisters.CommandWriteSectorsExt:
                int count = (_previous[AtaRegisters.SectorCount] << 8) | _current[AtaRegisters.SectorCount];
                Start(command == AtaRegisters.CommandWriteSectorsExt, Address48(), count == 0 ? 65536 : count, "48");
                break;
            case AtaRegisters.CommandFlushCache:
            case AtaRegisters.CommandFlushCacheExt:
                Flushes++;
                _status = AtaRegisters.Ready;
                break;
            default:
                _error = 0x04; // ABRT
                _status = AtaRegisters.Ready | AtaRegisters.ErrorBit;
                break;
        }
    }

    private ulong Address28() => (ulong)(_current[AtaRegisters.DriveSelect] & 0x0F) << 24 | (ulong)_current[AtaRegisters.LbaHigh] << 16
        | (ulong)_current[AtaRegisters.LbaMid] << 8 | _current[AtaRegisters.LbaLow];

    private ulong Address48() => (ulong)_previous[AtaRegisters.LbaHigh] << 40 | (ulong)_previous[AtaRegisters.LbaMid] << 32
        | (ulong)_previous[AtaRegisters.LbaLow] << 24 | (ulong)_current[AtaRegisters.LbaHigh] << 16
        | (ulong)_current[AtaRegisters.LbaMid] << 8 | _current[AtaRegisters.LbaLow];

    private void Start(bool write, ulong lba, int count, string width)
    {
        Commands.Add($"{(write ? "write" : "read")}{width} {lba} {count}");
        _lba = lba;
        _remaining = count;
        _writing = write;
        Next();
    }

    // Prepares the next sector of a transfer, or finishes it.
    private void Next()
    {
        if (_remaining == 0) { _status = AtaRegisters.Ready; return; }
        if (_lba >= Size || _lba == BadSector)
        {
            _error = 0x40; // UNC: uncorrectable data
            _status = AtaRegisters.Ready | AtaRegisters.ErrorBit;
            _remaining = 0;
            return;
        }
        _buffer = _writing ? new byte[512] : (byte[])Sector(_lba).Clone();
        _status = AtaRegisters.Ready | AtaRegisters.DataRequest;
    }

    public void InWords(ushort port, Span<byte> destination)
    {
        if (Mode != Behaviour.Disk || (_status & AtaRegisters.DataRequest) == 0 || _writing) { destination.Fill(0xFF); return; }
        _buffer.AsSpan(0, destination.Length).CopyTo(destination);
        _remaining--;
        if (_lba != ulong.MaxValue) { _lba++; Next(); } else _status = AtaRegisters.Ready;
    }

    public void OutWords(ushort port, ReadOnlySpan<byte> source)
    {
        if (Mode != Behaviour.Disk || (_status & AtaRegisters.DataRequest) == 0 || !_writing) return;
        _sectors[_lba] = source.ToArray();
        _remaining--;
        _lba++;
        Next();
    }

    private byte[] Identify()
    {
        var data = new byte[512];
        byte[] model = Encoding.ASCII.GetBytes(Model.PadRight(40));
        for (int i = 0; i < 40; i += 2) { data[54 + i] = model[i + 1]; data[54 + i + 1] = model[i]; }
        ulong lba28 = Math.Min(Size, (1UL << 28) - 1);
        BitConverter.GetBytes((uint)lba28).CopyTo(data, 120);
        if (Lba48)
        {
            data[167] |= 0x04; // word 83 bit 10
            BitConverter.GetBytes(Size).CopyTo(data, 200);
        }
        return data;
    }
}
