// ArpRepr: an ARP packet for IPv4 over Ethernet (RFC 826). Parse accepts only hardware type
// Ethernet with 6-byte addresses and protocol IPv4 with 4-byte addresses (anything else is
// Unsupported); Emit writes the 28-byte packet. The ArpCache and NetStack use it.
using System;
using System.Buffers.Binary;

namespace RalphOS.Net.Wire;

public struct ArpRepr
{
    // Field offsets (RFC 826, "Packet format").
    public const int OffsetHardwareType = 0;
    public const int OffsetProtocolType = 2;
    public const int OffsetHardwareLength = 4;
    public const int OffsetProtocolLength = 5;
    public const int OffsetOperation = 6;
    public const int OffsetSenderMac = 8;
    public const int OffsetSenderIp = 14;
    public const int OffsetTargetMac = 18;
    public const int OffsetTargetIp = 24;
    public const int PacketLength = 28;

    /// <summary>ar$hrd for Ethernet (IANA arp-parameters, hardware type 1).</summary>
    public const ushort HardwareTypeEthernet = 1;

    public ArpOperation Operation;
    public MacAddress SenderMac;
    public Ipv4Address SenderIp;
    public MacAddress TargetMac;
    public Ipv4Address TargetIp;

    public static WireResult Parse(ReadOnlySpan<byte> packet, out ArpRepr repr)
    {
        repr = default;
        if (packet.Length < PacketLength) return WireResult.Truncated;
        if (BinaryPrimitives.ReadUInt16BigEndian(packet.Slice(OffsetHardwareType)) != HardwareTypeEthernet
            || BinaryPrimitives.ReadUInt16BigEndian(packet.Slice(OffsetProtocolType)) != EthernetRepr.EtherTypeIpv4
            || packet[OffsetHardwareLength] != MacAddress.Length
            || packet[OffsetProtocolLength] != Ipv4Address.Length)
            return WireResult.Unsupported;
        ushort op = BinaryPrimitives.ReadUInt16BigEndian(packet.Slice(OffsetOperation));
        if (op != (ushort)ArpOperation.Request && op != (ushort)ArpOperation.Reply) return WireResult.Unsupported;
        repr.Operation = (ArpOperation)op;
        repr.SenderMac = MacAddress.Read(packet.Slice(OffsetSenderMac));
        repr.SenderIp = Ipv4Address.Read(packet.Slice(OffsetSenderIp));
        repr.TargetMac = MacAddress.Read(packet.Slice(OffsetTargetMac));
        repr.TargetIp = Ipv4Address.Read(packet.Slice(OffsetTargetIp));
        return WireResult.Ok;
    }

    public void Emit(Span<byte> packet)
    {
        BinaryPrimitives.WriteUInt16BigEndian(packet.Slice(OffsetHardwareType), HardwareTypeEthernet);
        BinaryPrimitives.WriteUInt16BigEndian(packet.Slice(OffsetProtocolType), EthernetRepr.EtherTypeIpv4);
        packet[OffsetHardwareLength] = MacAddress.Length;
        packet[OffsetProtocolLength] = Ipv4Address.Length;
        BinaryPrimitives.WriteUInt16BigEndian(packet.Slice(OffsetOperation), (ushort)Operation);
        SenderMac.Write(packet.Slice(OffsetSenderMac));
        SenderIp.Write(packet.Slice(OffsetSenderIp));
        TargetMac.Write(packet.Slice(OffsetTargetMac));
        TargetIp.Write(packet.Slice(OffsetTargetIp));
    }
}
