// PciNames: human names for PCI functions: the devices QEMU's pc machine (and the cards
// our drivers know) present, by vendor:device ID, and the class code's name for the rest
// (PCI Code and ID Assignment Specification 1.9, chapter 1 "Base Class" and its subclass
// tables). Used by the `pci` monitor command.
namespace RalphOS.Kernel.Drivers.Pci;

public static class PciNames
{
    public const ushort VendorIntel = 0x8086;
    public const ushort DeviceE1000 = 0x100E;   // 82540EM, QEMU's -device e1000

    /// <summary>The device's name, or null when it is not one we know.</summary>
    public static string Device(ushort vendor, ushort device)
    {
        uint id = ((uint)vendor << 16) | device;
        return id switch
        {
            0x8086100E => "Intel 82540EM Gigabit Ethernet (e1000)",
            0x808610D3 => "Intel 82574L Gigabit Ethernet (e1000e)",
            0x80861237 => "Intel 440FX host bridge",
            0x80867000 => "Intel PIIX3 ISA bridge",
            0x80867010 => "Intel PIIX3 IDE controller",
            0x80867020 => "Intel PIIX3 USB controller",
            0x80867113 => "Intel PIIX4 ACPI and power management",
            0x808629C0 => "Intel Q35 host bridge",
            0x80862918 => "Intel ICH9 LPC bridge",
            0x80862922 => "Intel ICH9 SATA controller",
            0x80862930 => "Intel ICH9 SMBus controller",
            0x12341111 => "QEMU standard VGA",
            0x10EC8029 => "Realtek RTL8029 (NE2000 PCI)",
            0x10EC8139 => "Realtek RTL8139 Fast Ethernet",
            0x1AF41000 => "virtio network device",
            0x1AF41001 => "virtio block device",
            0x1B360001 => "Red Hat PCI-to-PCI bridge",
            _ => null,
        };
    }

    /// <summary>The class code's name ("network controller"), with the subclass when known.</summary>
    public static string Class(byte classCode, byte subclass)
    {
        return (classCode, subclass) switch
        {
            (0x01, 0x01) => "IDE controller",
            (0x01, 0x06) => "SATA controller",
            (0x01, _) => "storage controller",
            (0x02, 0x00) => "Ethernet controller",
            (0x02, _) => "network controller",
            (0x03, 0x00) => "VGA controller",
            (0x03, _) => "display controller",
            (0x04, _) => "multimedia controller",
            (0x05, _) => "memory controller",
            (0x06, 0x00) => "host bridge",
            (0x06, 0x01) => "ISA bridge",
            (0x06, 0x04) => "PCI-to-PCI bridge",
            (0x06, _) => "bridge",
            (0x07, _) => "communication controller",
            (0x08, _) => "system peripheral",
            (0x0C, 0x03) => "USB controller",
            (0x0C, 0x05) => "SMBus controller",
            (0x0C, _) => "serial bus controller",
            _ => "unclassified device",
        };
    }

    /// <summary>The name the `pci` command shows: the device's own, else its class's.</summary>
    public static string Describe(PciFunction function) =>
        Device(function.VendorId, function.DeviceId) ?? Class(function.ClassCode, function.Subclass);
}
