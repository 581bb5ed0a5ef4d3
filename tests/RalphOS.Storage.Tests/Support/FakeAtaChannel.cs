// FakeAtaChannel: one legacy IDE channel with a simulated drive behind IAtaPorts: the
// task-file registers (LBA48's two-deep FIFO too), IDENTIFY, READ/WRITE SECTORS (EXT),
// FLUSH CACHE, and the failure modes the driver must survive: no drive (floating bus), a
// drive that stays busy forever, an ATAPI device, a bad sector. Sectors live in a
// dictionary, so a drive may be far larger than the host's memory.
// The interrupt line: with InterruptWired and nIEN clear the drive interrupts at the end of
// each step as ATA says (a read sector ready, a written sector taken, a command done; not
// the first DRQ of a write), latched until ArmInterrupt. BusyReads makes each step take
// time: the Status register shows BSY for that many reads, while WaitForInterrupt lets the
// time pass at once (the waiting task slept). InterruptsLost wires the line but never
// delivers; StuckBusy makes every step after a command last forever.
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
    private bool _interruptsMasked = true;   // nIEN
    private bool _pending;                   // an interrupt came since ArmInterrupt
    private int _busyLeft;                   // Status reads until the current step ends
    private bool _interruptAtEnd;

    public Behaviour Mode { get; set; } = Behaviour.Disk;
    public bool DriveIsSlave { get; set; }
    public ulong Size { get; set; } = 1 << 20;
    public bool Lba48 { get; set; } = true;
    public string Model { get; set; } = "RALPH FAKE DISK";
    public ulong? BadSector { get; set; }
    public int Flushes { get; private set; }
    public List<string> Commands { get; } = new List<string>();
    public bool InterruptWired { get; set; }
    public bool InterruptsLost { get; set; }
    public int BusyReads { get; set; }
    public bool StuckBusy { get; set; }
    public long StatusReads { get; private set; }
    public long InterruptsRaised { get; private set; }
    public long Waits { get; private set; }

    public bool HasInterrupt => InterruptWired;

    public void ArmInterrupt() => _pending = false;

    public bool WaitForInterrupt(long timeoutMs)
    {
        Waits++;
        if (_busyLeft > 0 && !StuckBusy)
        {
            _busyLeft = 0;
            if (_interruptAtEnd) Raise();
        }
        if (!_pending) _clock += timeoutMs;
        return _pending;
    }

    // The drive has started a step: it ends now, or after BusyReads status reads. A step
    // without an interrupt (a write asking for its first sector) needs no medium: at once.
    private void Step(bool interrupt)
    {
        if (StuckBusy) { _busyLeft = int.MaxValue; _interruptAtEnd = false; return; }
        if (BusyReads > 0 && interrupt) { _busyLeft = BusyReads; _interruptAtEnd = interrupt; return; }
        if (interrupt) Raise();
    }

    private void Raise()
    {
        if (_interruptsMasked || !InterruptWired || InterruptsLost) return;
        _pending = true;
        InterruptsRaised++;
    }

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
        if (port == Base + AtaRegisters.Status)
        {
            StatusReads++;
            if (_busyLeft == 0) return _status;
            if (_busyLeft != int.MaxValue && --_busyLeft == 0 && _interruptAtEnd) Raise();
            return AtaRegisters.Busy;
        }
        if (port == Control) return _busyLeft > 0 ? AtaRegisters.Busy : _status;
        if (port == Base + AtaRegisters.Error) return _error;
        if (Mode == Behaviour.Atapi && port == Base + AtaRegisters.LbaMid) return 0x14;
        if (Mode == Behaviour.Atapi && port == Base + AtaRegisters.LbaHigh) return 0xEB;
        int register = port - Base;
        return register > 0 && register < 7 ? _current[register] : (byte)0;
    }

    public void Out8(ushort port, byte value)
    {
        if (port == Control) { _interruptsMasked = (value & AtaRegisters.InterruptsOff) != 0; return; }
        if (Mode == Behaviour.Absent) return;
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
                Step(interrupt: true);
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
                Step(interrupt: true);
                break;
            default:
                _error = 0x04; // ABRT
                _status = AtaRegisters.Ready | AtaRegisters.ErrorBit;
                Step(interrupt: true);
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
        // A write's first sector is requested without an interrupt (ATA PIO data-out).
        Step(interrupt: !write || _remaining == 0);
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
        if (_lba == ulong.MaxValue) { _status = AtaRegisters.Ready; return; }
        _lba++;
        Next();
        // The next sector is ready (or the transfer failed): an interrupt; none after the last.
        if (_remaining > 0 || (_status & AtaRegisters.ErrorBit) != 0) Step(interrupt: true);
    }

    public void OutWords(ushort port, ReadOnlySpan<byte> source)
    {
        if (Mode != Behaviour.Disk || (_status & AtaRegisters.DataRequest) == 0 || !_writing) return;
        _sectors[_lba] = source.ToArray();
        _remaining--;
        _lba++;
        Next();
        Step(interrupt: true);
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
