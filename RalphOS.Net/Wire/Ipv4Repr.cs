// Ipv4Repr: the IPv4 header (RFC 791 section 3.1). Parse checks version, header length,
// total length against the buffer and the header checksum, and skips options; the payload is
// packet[HeaderLength..TotalLength] (Ethernet padding after TotalLength is ignored). Emit
// writes a 20-byte header (no options) with its checksum. Used by NetStack and the reassembler.
using System;
using System.Buffers.Binary;

namespace RalphOS.Net.Wire;

public struct Ipv4Repr
{
    // Field offsets (RFC 791 section 3.1).
    public const int OffsetVersionIhl = 0;
    public const int OffsetTos = 1;
    public const int OffsetTotalLength = 2;
    public const int OffsetIdentification = 4;
    public const int OffsetFlagsFragment = 6;
    public const int OffsetTtl = 8;
    public const int OffsetProtocol = 9;
    public const int OffsetChecksum = 10;
    public const int OffsetSource = 12;
    public const int OffsetDestination = 16;
    public const int MinHeaderLength = 20;

    // Flags (RFC 791 section 3.1, "Flags"): bit 1 DF, bit 2 MF; offset in 8-byte units.
    public const ushort FlagDontFragment = 0x4000;
    public const ushort FlagMoreFragments = 0x2000;
    public const ushort FragmentOffsetMask = 0x1FFF;

    // Protocol numbers (IANA protocol-numbers).
    public const byte ProtocolIcmp = 1;
    public const byte ProtocolTcp = 6;
    public const byte ProtocolUdp = 17;

    /// <summary>Default TTL for packets we originate (RFC 1700 recommends 64).</summary>
    public const byte DefaultTtl = 64;

    public byte TypeOfService;
    public ushort TotalLength;
    public ushort Identification;
    public bool DontFragment;
    public bool MoreFragments;
    /// <summary>Fragment offset in bytes (the wire field is in units of 8 bytes).</summary>
    public int FragmentOffset;
    public byte Ttl;
    public byte Protocol;
    public Ipv4Address Source;
    public Ipv4Address Destination;
    /// <summary>Header length in bytes including options (20 when emitting).</summary>
    public int HeaderLength;

    public int PayloadLength => TotalLength - HeaderLength;
    public bool IsFragment => MoreFragments || FragmentOffset != 0;

    public static WireResult Parse(ReadOnlySpan<byte> packet, out Ipv4Repr repr)
    {
        repr = default;
        if (packet.Length < MinHeaderLength) return WireResult.Truncated;
        if ((packet[OffsetVersionIhl] >> 4) != 4) return WireResult.BadVersion;
        int headerLength = (packet[OffsetVersionIhl] & 0x0F) * 4;
        if (headerLength < MinHeaderLength) return WireResult.BadHeaderLength;
        if (headerLength > packet.Length) return WireResult.Truncated;
        int totalLength = BinaryPrimitives.ReadUInt16BigEndian(packet.Slice(OffsetTotalLength));
        if (totalLength < headerLength) return WireResult.BadLength;
        if (totalLength > packet.Length) return WireResult.Truncated;
        if (!InternetChecksum.Verify(0, packet.Slice(0, headerLength))) return WireResult.BadChecksum;

        ushort flags = BinaryPrimitives.ReadUInt16BigEndian(packet.Slice(OffsetFlagsFragment));
        repr.HeaderLength = headerLength;
        repr.TotalLength = (ushort)totalLength;
        repr.TypeOfService = packet[OffsetTos];
        repr.Identification = BinaryPrimitives.ReadUInt16BigEndian(packet.Slice(OffsetIdentification));
        repr.DontFragment = (flags & FlagDontFragment) != 0;
        repr.MoreFragments = (flags & FlagMoreFragments) != 0;
        repr.FragmentOffset = (flags & FragmentOffsetMask) * 8;
        repr.Ttl = packet[OffsetTtl];
        repr.Protocol = packet[OffsetProtocol];
        repr.Source = Ipv4Address.Read(packet.Slice(OffsetSource));
        repr.Destination = Ipv4Address.Read(packet.Slice(OffsetDestination));
        return WireResult.Ok;
    }

    /// <summary>Writes a 20-byte header; TotalLength must already include the payload.</summary>
    public void Emit(Span<byte> packet)
    {
        packet[OffsetVersionIhl] = 0x45;
        packet[OffsetTos] = TypeOfService;
        BinaryPrimitives.WriteUInt16BigEndian(packet.Slice(OffsetTotalLength), TotalLength);
        BinaryPrimitives.WriteUInt16BigEndian(packet.Slice(OffsetIdentification), Identification);
        ushort flags = (ushort)((FragmentOffset / 8) & FragmentOffsetMask);
        if (DontFragment) flags |= FlagDontFragment;
        if (MoreFragments) flags |= FlagMoreFragments;
        BinaryPrimitives.WriteUInt16BigEndian(packet.Slice(OffsetFlagsFragment), flags);
        packet[OffsetTtl] = Ttl;
        packet[OffsetProtocol] = Protocol;
        BinaryPrimitives.WriteUInt16BigEndian(packet.Slice(OffsetChecksum), 0);
        Source.Write(packet.Slice(OffsetSource));
        Destination.Write(packet.Slice(OffsetDestination));
        ushort checksum = InternetChecksum.Compute(packet.Slice(0, MinHeaderLength));
        BinaryPrimitives.WriteUInt16BigEndian(packet.Slice(OffsetChecksum), checksum);
    }
}
