// PciRegisters: offsets and bits of the type 0 and type 1 configuration headers (PCI Local
// Bus Specification 3.0, section 6.1 "Configuration Space Organization", and the PCI-to-PCI
// Bridge Architecture Specification 1.2, section 3.2). Used by PciEnumerator and drivers.
namespace RalphOS.Kernel.Drivers.Pci;

public static class PciRegisters
{
    public const int VendorId = 0x00;
    public const int DeviceId = 0x02;
    public const int Command = 0x04;
    public const int Revision = 0x08;
    public const int ProgIf = 0x09;
    public const int Subclass = 0x0A;
    public const int ClassCode = 0x0B;
    public const int HeaderType = 0x0E;
    public const int Bar0 = 0x10;
    public const int SecondaryBus = 0x19;      // type 1 (bridge) header
    public const int InterruptLine = 0x3C;
    public const int InterruptPin = 0x3D;

    public const ushort NoDevice = 0xFFFF;     // a read of an absent function's vendor ID
    public const byte HeaderTypeMask = 0x7F;
    public const byte MultiFunction = 0x80;    // header type bit 7
    public const byte HeaderTypeBridge = 0x01; // PCI-to-PCI bridge
    public const int BarCount = 6;             // type 0 header

    // Command register bits (section 6.2.2).
    public const ushort CommandIoSpace = 0x0001;
    public const ushort CommandMemorySpace = 0x0002;
    public const ushort CommandBusMaster = 0x0004;

    // Base address register bits (section 6.2.5.1).
    public const uint BarIoSpace = 0x1;
    public const uint BarTypeMask = 0x6;
    public const uint BarType64 = 0x4;
    public const uint BarMemoryMask = 0xFFFFFFF0;
    public const uint BarIoMask = 0xFFFFFFFC;

    /// <summary>The interrupt line register's value when no legacy IRQ is routed.</summary>
    public const byte NoInterruptLine = 0xFF;
}
