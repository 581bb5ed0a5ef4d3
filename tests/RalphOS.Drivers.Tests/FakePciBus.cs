// FakePciBus: a PCI configuration space behind ports 0xCF8/0xCFC, as configuration
// mechanism #1 presents it, for PciTests. Functions are 256-byte arrays keyed by
// bus/device/function; absent ones read all ones. It checks what the hardware requires:
// the enable bit set and a dword-aligned register number, and 16-bit data accesses at
// 0xCFC or 0xCFE writing only their half.
using System;
using System.Collections.Generic;
using RalphOS.Hardware;

namespace RalphOS.Drivers.Tests;

internal sealed class FakePciBus : IPortIo
{
    private readonly Dictionary<(int Bus, int Device, int Function), byte[]> _functions = new();
    private uint _address;

    public int ConfigReads { get; private set; }

    public byte[] Add(int bus, int device, int function, ushort vendor, ushort deviceId,
        byte classCode, byte subclass, byte headerType = 0)
    {
        var space = new byte[256];
        Put16(space, 0x00, vendor);
        Put16(space, 0x02, deviceId);
        space[0x0A] = subclass;
        space[0x0B] = classCode;
        space[0x0E] = headerType;
        space[0x3C] = 0xFF;
        _functions[(bus, device, function)] = space;
        return space;
    }

    public static void Put16(byte[] space, int offset, ushort value)
    {
        space[offset] = (byte)value;
        space[offset + 1] = (byte)(value >> 8);
    }

    public static void Put32(byte[] space, int offset, uint value)
    {
        Put16(space, offset, (ushort)value);
        Put16(space, offset + 2, (ushort)(value >> 16));
    }

    public static ushort Get16(byte[] space, int offset) => (ushort)(space[offset] | (space[offset + 1] << 8));

    private byte[] Selected(out int register)
    {
        if ((_address & 0x80000000) == 0)
            throw new InvalidOperationException("configuration access without the enable bit");
        if ((_address & 3) != 0)
            throw new InvalidOperationException("CONFIG_ADDRESS bits 1:0 must be 0");
        register = (int)(_address & 0xFC);
        var key = ((int)(_address >> 16) & 0xFF, (int)(_address >> 11) & 0x1F, (int)(_address >> 8) & 7);
        return _functions.TryGetValue(key, out byte[] space) ? space : null;
    }

    public uint In32(ushort port)
    {
        if (port != 0xCFC)
            throw new InvalidOperationException($"32-bit read of port 0x{port:x}");
        ConfigReads++;
        byte[] space = Selected(out int register);
        return space == null ? 0xFFFFFFFF : (uint)(Get16(space, register) | (Get16(space, register + 2) << 16));
    }

    public void Out32(ushort port, uint value)
    {
        if (port == 0xCF8) { _address = value; return; }
        if (port != 0xCFC)
            throw new InvalidOperationException($"32-bit write of port 0x{port:x}");
        byte[] space = Selected(out int register);
        if (space != null)
            Put32(space, register, value);
    }

    public void Out16(ushort port, ushort value)
    {
        if (port != 0xCFC && port != 0xCFE)
            throw new InvalidOperationException($"16-bit write of port 0x{port:x}");
        byte[] space = Selected(out int register);
        if (space != null)
            Put16(space, register + (port - 0xCFC), value);
    }

    public ushort In16(ushort port) => throw new InvalidOperationException("the driver reads dwords");
    public byte In8(ushort port) => throw new InvalidOperationException("the driver reads dwords");
    public void Out8(ushort port, byte value) => throw new InvalidOperationException("the driver writes dwords or words");
    public void InWords(ushort port, Span<byte> destination) => throw new InvalidOperationException();
    public void OutWords(ushort port, ReadOnlySpan<byte> source) => throw new InvalidOperationException();
}
