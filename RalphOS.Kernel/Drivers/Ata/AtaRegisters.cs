// AtaRegisters: the legacy IDE register map, status bits and commands the driver uses
// (ATA/ATAPI-6, "Register descriptions" and "Command descriptions"; OSDev wiki, "ATA PIO
// Mode", for the ISA-compatible port numbers).
namespace RalphOS.Kernel.Drivers.Ata;

public static class AtaRegisters
{
    // Command block registers, as offsets from the channel's base port.
    public const int Data = 0, Error = 1, Features = 1, SectorCount = 2;
    public const int LbaLow = 3, LbaMid = 4, LbaHigh = 5, DriveSelect = 6, Status = 7, Command = 7;

    // ISA-compatible channels: command block base and the control block (alternate status / device control).
    public const ushort PrimaryBase = 0x1F0, PrimaryControl = 0x3F6;
    public const ushort SecondaryBase = 0x170, SecondaryControl = 0x376;

    // Status register bits.
    public const byte Busy = 0x80, Ready = 0x40, DeviceFault = 0x20, DataRequest = 0x08, ErrorBit = 0x01;

    // Device control register bits: nIEN masks the drive's interrupt; SRST resets the channel.
    public const byte InterruptsOff = 0x02, SoftwareReset = 0x04;

    // Drive/head register: bits 7 and 5 are always set; bit 6 selects LBA; bit 4 the slave.
    public const byte DriveSelectBase = 0xA0, LbaMode = 0x40, SlaveBit = 0x10;

    public const byte CommandIdentify = 0xEC;
    public const byte CommandReadSectors = 0x20, CommandReadSectorsExt = 0x24;
    public const byte CommandWriteSectors = 0x30, CommandWriteSectorsExt = 0x34;
    public const byte CommandFlushCache = 0xE7, CommandFlushCacheExt = 0xEA;

    /// <summary>A status read on a channel with nothing attached (the bus floats high).</summary>
    public const byte FloatingBus = 0xFF;
}
