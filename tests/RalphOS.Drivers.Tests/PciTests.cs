// PciTests: PCI configuration mechanism #1 and enumeration (RalphOS.Kernel/Drivers/Pci)
// against FakePciBus: a QEMU-like bus 0, multi-function devices, a bridge to a second bus,
// BAR decoding (I/O, 32- and 64-bit memory), 16-bit writes, and the names `pci` shows.
using System.Linq;
using RalphOS.Kernel.Drivers.Pci;
using Xunit;

namespace RalphOS.Drivers.Tests;

public class PciTests
{
    // QEMU's pc machine: 440FX, PIIX3 (ISA bridge function 0, IDE function 1, ACPI function 3,
    // all one multi-function device), the standard VGA, and an e1000 in slot 3.
    private static FakePciBus QemuPc()
    {
        var bus = new FakePciBus();
        bus.Add(0, 0, 0, 0x8086, 0x1237, 0x06, 0x00);
        bus.Add(0, 1, 0, 0x8086, 0x7000, 0x06, 0x01, headerType: 0x80);
        byte[] ide = bus.Add(0, 1, 1, 0x8086, 0x7010, 0x01, 0x01);
        FakePciBus.Put32(ide, 0x20, 0xC041);                 // BAR4: bus-master I/O at 0xC040
        bus.Add(0, 1, 3, 0x8086, 0x7113, 0x06, 0x80);
        byte[] vga = bus.Add(0, 2, 0, 0x1234, 0x1111, 0x03, 0x00);
        FakePciBus.Put32(vga, 0x10, 0xFD000008);            // prefetchable 32-bit memory
        byte[] nic = bus.Add(0, 3, 0, 0x8086, 0x100E, 0x02, 0x00);
        FakePciBus.Put32(nic, 0x10, 0xFEBC0000);
        FakePciBus.Put32(nic, 0x14, 0xC001);
        nic[0x3C] = 11;
        nic[0x3D] = 1;
        return bus;
    }

    [Fact]
    public void FindsEveryFunctionOfAQemuPcInAddressOrder()
    {
        var found = PciEnumerator.Scan(new PciConfigSpace(QemuPc()));
        Assert.Equal(new[] { "00:00.0", "00:01.0", "00:01.1", "00:01.3", "00:02.0", "00:03.0" },
            found.Select(f => f.Address.ToString()).ToArray());
        PciFunction nic = found.Single(f => f.DeviceId == 0x100E);
        Assert.Equal(0x8086, nic.VendorId);
        Assert.Equal(0x02, nic.ClassCode);
        Assert.Equal(11, nic.InterruptLine);
        Assert.True(nic.HasInterrupt);
        Assert.False(found[0].HasInterrupt);
    }

    [Fact]
    public void SingleFunctionDevicesAreNotProbedBeyondFunctionZero()
    {
        var bus = new FakePciBus();
        bus.Add(0, 5, 0, 0x8086, 0x100E, 0x02, 0x00);
        // A function 1 that would show only if the enumerator ignored the header type bit
        // (real single-function devices may decode every function number alike).
        bus.Add(0, 5, 1, 0x8086, 0x100E, 0x02, 0x00);
        var found = PciEnumerator.Scan(new PciConfigSpace(bus));
        Assert.Single(found);
    }

    [Fact]
    public void DecodesIoAnd32And64BitMemoryBars()
    {
        var bus = QemuPc();
        byte[] wide = bus.Add(0, 4, 0, 0x1AF4, 0x1000, 0x02, 0x00);
        FakePciBus.Put32(wide, 0x10, 0xC081);                // I/O at 0xC080
        FakePciBus.Put32(wide, 0x18, 0xFE000004 | 0x8);      // 64-bit prefetchable, low half
        FakePciBus.Put32(wide, 0x1C, 0x00000001);            // high half
        var found = PciEnumerator.Scan(new PciConfigSpace(bus));
        PciFunction f = found.Single(x => x.VendorId == 0x1AF4);
        Assert.True(f.BarIsIo[0]);
        Assert.Equal(0xC080UL, f.BarAddress[0]);
        Assert.False(f.BarIsIo[2]);
        Assert.Equal(0x1FE000000UL, f.BarAddress[2]);
        Assert.Equal(0UL, f.BarAddress[3]);                  // the high half is not a BAR of its own
        PciFunction nic = found.Single(x => x.DeviceId == 0x100E);
        Assert.Equal(0xFEBC0000UL, nic.BarAddress[0]);
        Assert.Equal(0xC000UL, nic.BarAddress[1]);
        Assert.True(nic.BarIsIo[1]);
    }

    [Fact]
    public void FollowsABridgeToTheBusBehindIt()
    {
        var bus = QemuPc();
        byte[] bridge = bus.Add(0, 7, 0, 0x1B36, 0x0001, 0x06, 0x04, headerType: 0x01);
        bridge[0x19] = 2;                                    // secondary bus
        bus.Add(2, 0, 0, 0x8086, 0x100E, 0x02, 0x00);
        bus.Add(1, 0, 0, 0x10EC, 0x8139, 0x02, 0x00);        // bus 1 is behind no bridge
        var found = PciEnumerator.Scan(new PciConfigSpace(bus));
        Assert.Contains(found, f => f.Address.ToString() == "02:00.0");
        Assert.DoesNotContain(found, f => f.Address.Bus == 1);
    }

    [Fact]
    public void ABridgeLoopIsScannedOnce()
    {
        var bus = new FakePciBus();
        byte[] bridge = bus.Add(0, 1, 0, 0x1B36, 0x0001, 0x06, 0x04, headerType: 0x01);
        bridge[0x19] = 0;                                    // points back at its own bus
        var found = PciEnumerator.Scan(new PciConfigSpace(bus));
        Assert.Single(found);
    }

    [Fact]
    public void SixteenBitWriteChangesOnlyItsHalf()
    {
        var bus = QemuPc();
        var config = new PciConfigSpace(bus);
        var nic = new PciAddress(0, 3, 0);
        config.Write32(nic, PciRegisters.Command, 0x02100003);
        config.Write16(nic, PciRegisters.Command, 0x0007);
        Assert.Equal(0x02100007u, config.Read32(nic, PciRegisters.Command));
        config.Write16(nic, 0x06, 0xABCD);
        Assert.Equal(0xABCD0007u, config.Read32(nic, PciRegisters.Command));
        Assert.Equal((ushort)0xABCD, config.Read16(nic, 0x06));
        Assert.Equal((byte)0xCD, config.Read8(nic, 0x06));
    }

    [Fact]
    public void AnEmptyBusFindsNothing()
    {
        var bus = new FakePciBus();
        Assert.Empty(PciEnumerator.Scan(new PciConfigSpace(bus)));
        Assert.Equal(32, bus.ConfigReads);                   // one vendor ID read per slot
    }

    [Fact]
    public void NamesKnownDevicesAndFallsBackToTheClass()
    {
        var found = PciEnumerator.Scan(new PciConfigSpace(QemuPc()));
        Assert.Equal("Intel 82540EM Gigabit Ethernet (e1000)", PciNames.Describe(found.Single(f => f.DeviceId == 0x100E)));
        Assert.Equal("Intel PIIX3 IDE controller", PciNames.Describe(found.Single(f => f.DeviceId == 0x7010)));
        var unknown = new PciFunction { VendorId = 0x1022, DeviceId = 0x2000, ClassCode = 0x02, Subclass = 0x00 };
        Assert.Equal("Ethernet controller", PciNames.Describe(unknown));
        unknown.ClassCode = 0x0C; unknown.Subclass = 0x03;
        Assert.Equal("USB controller", PciNames.Describe(unknown));
        unknown.ClassCode = 0xFF;
        Assert.Equal("unclassified device", PciNames.Describe(unknown));
    }
}
